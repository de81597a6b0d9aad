package dev.satpage.imagery;

import dev.satpage.imagery.fetch.ImagerySource;
import dev.satpage.imagery.fetch.PageFetcher;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.DoNotRetry;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.message.ImageryFailed;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.port.WriteOptions;
import dev.satpage.model.queue.Queues;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one satellite page: plan, fetch, decode every provider image into the page, encode print
 * and preview, store both, announce {@link ImageryCompleted}. The object keys are content-addressed
 * ({@link OutputKeys}), so a page that already exists is announced without a single provider call,
 * and a redelivered job converges on the same objects. A permanent failure is also announced as
 * {@link ImageryFailed} before it is rethrown for the listener to dead-letter.
 */
public final class ImageryService {
  private static final Logger log = LoggerFactory.getLogger(ImageryService.class);
  private static final String JPEG = "image/jpeg";
  private static final int MAX_REASON_CHARS = 1000;

  private final PagePipeline pipeline;
  private final ObjectStore store;
  private final JobQueue queue;
  private final Clock clock;
  private final ImageryMetrics metrics;
  private final PageObserver observer;

  public ImageryService(
      PagePipeline pipeline,
      ObjectStore store,
      JobQueue queue,
      Clock clock,
      ImageryMetrics metrics,
      PageObserver observer) {
    this.pipeline = pipeline;
    this.store = store;
    this.queue = queue;
    this.clock = clock;
    this.metrics = metrics;
    this.observer = observer;
  }

  /**
   * Makes the page of {@code job} (or finds it already made) and returns the completion it sent.
   */
  public ImageryCompleted handle(SatellitePageJob job) {
    MadePage page;
    ImageryCompleted completed;
    try {
      page = make(job.jobId(), job.spec());
      completed = announce(job, page);
    } catch (RuntimeException e) {
      observe(() -> observer.failed(job));
      PermanentFailure permanent = DoNotRetry.permanent(e).orElse(null);
      if (permanent == null) {
        metrics.job("retry", e.getClass().getSimpleName());
        throw e;
      }
      log.warn("job {} failed permanently: {}", job.jobId(), permanent.getMessage());
      metrics.job("failed", permanent.reason());
      String reason = truncate(permanent.reason() + ": " + permanent.detail());
      ImageryFailed failed = ImageryFailed.of(job, reason, clock.instant());
      queue.send(Queues.IMAGERY_FAILED_NAME, message(job, Json.write(failed)));
      throw permanent;
    }
    // Only now, with the page stored and its completion sent: nothing an observer does can delay
    // or change either.
    observe(() -> observer.completed(job, page));
    return completed;
  }

  /** An observer's fault is logged and dropped: it never fails the job. */
  private static void observe(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      log.error("page observer failed; the job is unaffected", e);
    }
  }

  /**
   * The job failed transiently on its last allowed receive and the redrive policy is about to move
   * it to the DLQ: announce it as {@link ImageryFailed} ({@code retries-exhausted}) so the book
   * shows as blocked, with the cause.
   */
  public void giveUp(SatellitePageJob job, RuntimeException lastFailure) {
    metrics.job("failed", FailureReason.RETRIES_EXHAUSTED.code());
    String reason =
        truncate(FailureReason.RETRIES_EXHAUSTED.code() + ": " + lastFailure.getMessage());
    ImageryFailed failed = ImageryFailed.of(job, reason, clock.instant());
    queue.send(Queues.IMAGERY_FAILED_NAME, message(job, Json.write(failed)));
  }

  /**
   * The page-making core both the queue path ({@link #handle}) and the synchronous API call: makes
   * the page of {@code spec} (or finds it in the store) and returns what it made, announcing
   * nothing. Failures propagate as thrown ({@link PermanentFailure}, a transient failure, or a
   * programming error for {@link DoNotRetry} to classify).
   *
   * @param id names the request in logs and in the objects' {@code job-id} metadata
   */
  public MadePage make(String id, SatellitePageSpec spec) {
    long t0 = System.nanoTime();
    PagePlan plan = pipeline.plan(spec);
    PageFetcher fetcher = pipeline.fetcher();
    OutputSettings output = pipeline.output();
    OutputKeys keys =
        OutputKeys.of(
            fetcher.source().name(), spec, output.printQuality(), output.previewQuality());
    if (store.exists(keys.print()) && store.exists(keys.preview())) {
      log.info("page {} served from the store: {}", id, keys.print());
      metrics.job("cached", "none");
      return made(keys, spec.widthPx(), spec.heightPx(), true, 0, Map.of());
    }
    long t1 = System.nanoTime();
    EncodedPage page = pipeline.make(spec, plan);
    long t4 = System.nanoTime();
    // Plain overwrites: the keys are content-addressed, so a retry writes the same page again.
    WriteOptions upload =
        WriteOptions.of(JPEG)
            .withEncryption(output.encryption())
            .withChecksumSha256()
            .withMetadata(
                Map.of(
                    "job-id",
                    id,
                    "provider",
                    fetcher.source().name(),
                    "attribution",
                    fetcher.source().attribution(),
                    "codec",
                    pipeline.codec().name()));
    store.put(keys.print(), page.print(), upload);
    store.put(keys.preview(), page.preview(), upload);
    long t5 = System.nanoTime();
    metrics.stage("plan", Duration.ofNanos(t1 - t0));
    metrics.stage("fetch", Duration.ofNanos(page.fetchNanos()));
    metrics.stage("decode", Duration.ofNanos(page.decodeNanos()));
    metrics.stage("encode", Duration.ofNanos(page.encodeNanos()));
    metrics.stage("upload", Duration.ofNanos(t5 - t4));
    metrics.bytes("fetched", page.fetchedBytes());
    metrics.bytes("uploaded", page.print().length + (long) page.preview().length);
    log.info(
        "page {} {}x{} from {} {} images ({}): fetch {} ms, decode {} ms, encode {} ms, upload {} ms "
            + "({} bytes in, {} + {} out), codec CPU {} ms",
        id,
        plan.width(),
        plan.height(),
        plan.requests().size(),
        fetcher.source().name(),
        pipeline.codec().name(),
        ms(page.fetchNanos()),
        ms(page.decodeNanos()),
        ms(page.encodeNanos()),
        ms(t5 - t4),
        page.fetchedBytes(),
        page.print().length,
        page.preview().length,
        ms(page.codecCpuNanos()));
    metrics.job("completed", "none");
    return made(
        keys, plan.width(), plan.height(), false, page.images(), stageMillis(page, t4 - t0));
  }

  /**
   * The stages an experiment compares, in ms: {@code fetch}, {@code stitch} (decoding the provider
   * images into the page), {@code encode} and {@code total} (plan to encoded page: the same work in
   * both arms, so the control's upload is not in it).
   */
  public static Map<String, Long> stageMillis(EncodedPage page, long totalNanos) {
    return Map.of(
        "fetch",
        ms(page.fetchNanos()),
        "stitch",
        ms(page.decodeNanos()),
        "encode",
        ms(page.encodeNanos()),
        "total",
        ms(totalNanos));
  }

  private MadePage made(
      OutputKeys keys,
      int width,
      int height,
      boolean cached,
      int providerRequests,
      Map<String, Long> stageMillis) {
    ImagerySource source = pipeline.fetcher().source();
    return new MadePage(
        keys,
        store.uriOf(keys.print()),
        store.uriOf(keys.preview()),
        width,
        height,
        source.name(),
        source.attribution(),
        cached,
        providerRequests,
        stageMillis);
  }

  private ImageryCompleted announce(SatellitePageJob job, MadePage page) {
    // Carries the job's Definition File version (a version 1 job, with none, gets a version 1
    // completion).
    ImageryCompleted completed =
        ImageryCompleted.of(
            job,
            page.printUri(),
            page.previewUri(),
            page.width(),
            page.height(),
            page.provider(),
            page.attribution(),
            clock.instant());
    queue.send(Queues.IMAGERY_COMPLETED_NAME, message(job, Json.write(completed)));
    return completed;
  }

  private static OutboundMessage message(SatellitePageJob job, String body) {
    return new OutboundMessage(
        job.jobId(),
        body,
        Map.of(FailureAttributes.ORDER_ID, job.orderId(), FailureAttributes.BOOK_ID, job.bookId()));
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static String truncate(String s) {
    return s.length() <= MAX_REASON_CHARS ? s : s.substring(0, MAX_REASON_CHARS - 1) + "…";
  }
}
