package dev.satpage.imagery.app;

import dev.satpage.imagery.ImageryMetrics;
import dev.satpage.imagery.ImageryService;
import dev.satpage.imagery.OutputSettings;
import dev.satpage.imagery.PageObserver;
import dev.satpage.imagery.PagePipeline;
import dev.satpage.imagery.codec.JpegCodec;
import dev.satpage.imagery.fetch.HttpImagerySource;
import dev.satpage.imagery.fetch.PageFetcher;
import dev.satpage.imagery.fetch.ProviderApi;
import dev.satpage.imagery.fetch.RateLimitedImagerySource;
import dev.satpage.imagery.fetch.RateLimiter;
import dev.satpage.imagery.fetch.RetryingImagerySource;
import dev.satpage.imagery.fetch.Sleeper;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.WriteOptions;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;

/**
 * How the core is assembled from settings, shared by both composition roots (the Spring Boot worker
 * and the Lambda handler) so the same job gives the same bytes through either.
 */
public final class ImageryComponents {
  private ImageryComponents() {}

  /**
   * HTTP source → per-provider rate limit → retries with jittered backoff → parallel page fetcher.
   */
  public static PageFetcher pageFetcher(ImageryProperties properties, IntConsumer statusObserver) {
    ProviderApi api = properties.providerApi();
    HttpImagerySource http =
        new HttpImagerySource(
            HttpImagerySource.httpClient(properties.connectTimeout()),
            api,
            properties.apiKey(),
            properties.readTimeout(),
            properties.maxImageBytes(),
            statusObserver);
    int burst = Math.max(1, (int) Math.ceil(properties.rateLimitPerSecond()));
    RateLimitedImagerySource limited =
        new RateLimitedImagerySource(
            http,
            new RateLimiter(
                properties.rateLimitPerSecond(), burst, System::nanoTime, Sleeper.SYSTEM));
    // ThreadLocalRandom.current() is safe to share: each calling thread draws from its own state.
    RetryingImagerySource retrying =
        new RetryingImagerySource(
            limited, properties.retryPolicy(), ThreadLocalRandom.current(), Sleeper.SYSTEM);
    return new PageFetcher(retrying, properties.parallelism());
  }

  /** The page pipeline of {@code properties}: its provider's planner, the fetcher and codec. */
  public static PagePipeline pipeline(
      ImageryProperties properties, PageFetcher fetcher, JpegCodec codec) {
    OutputSettings output =
        new OutputSettings(
            properties.printQuality(),
            properties.previewQuality(),
            properties.densityPpi(),
            WriteOptions.Encryption.ofSetting(properties.serverSideEncryption()));
    return new PagePipeline(properties.providerApi().planner(), fetcher, codec, output);
  }

  public static ImageryService service(
      ImageryProperties properties,
      PageFetcher fetcher,
      JpegCodec codec,
      ObjectStore store,
      JobQueue queue,
      Clock clock,
      ImageryMetrics metrics,
      PageObserver observer) {
    return new ImageryService(
        pipeline(properties, fetcher, codec), store, queue, clock, metrics, observer);
  }
}
