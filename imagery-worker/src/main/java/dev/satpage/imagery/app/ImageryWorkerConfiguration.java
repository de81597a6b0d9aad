package dev.satpage.imagery.app;

import dev.satpage.imagery.ImageryService;
import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.imagery.fetch.BingStaticMapSource;
import dev.satpage.imagery.fetch.PageFetcher;
import dev.satpage.imagery.fetch.RetryingImagerySource;
import dev.satpage.imagery.fetch.Sleeper;
import dev.satpage.imagery.plan.BingGridPlanner;
import dev.satpage.imagery.stitch.Stitcher;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.ObjectStore;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The imagery worker's wiring: the one place that chooses adapters (Bing over HTTP, ImageIO) for the core. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImageryProperties.class)
public class ImageryWorkerConfiguration {
  @Bean
  PageFetcher pageFetcher(ImageryProperties properties) {
    BingStaticMapSource bing =
        new BingStaticMapSource(
            BingStaticMapSource.httpClient(properties.connectTimeout()),
            properties.endpoint(),
            properties.apiKey(),
            properties.readTimeout(),
            properties.maxImageBytes());
    // ThreadLocalRandom.current() is safe to share: each calling thread draws from its own state.
    RetryingImagerySource retrying =
        new RetryingImagerySource(bing, properties.retryPolicy(), ThreadLocalRandom.current(), Sleeper.SYSTEM);
    return new PageFetcher(retrying, properties.parallelism());
  }

  @Bean
  ImageryService imageryService(PageFetcher fetcher, ObjectStore store, JobQueue queue, Clock clock) {
    return new ImageryService(
        new BingGridPlanner(), fetcher, new ImageIoJpegCodec(), new Stitcher(), store, queue, clock);
  }

  @Bean
  SatellitePageJobListener satellitePageJobListener(
      ImageryService service, dev.satpage.aws.sqs.MessageHandling messageHandling) {
    return new SatellitePageJobListener(service, messageHandling);
  }
}
