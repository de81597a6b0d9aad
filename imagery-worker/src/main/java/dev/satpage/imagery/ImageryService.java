package dev.satpage.imagery;

import dev.satpage.imagery.codec.JpegCodec;
import dev.satpage.imagery.fetch.PageFetcher;
import dev.satpage.imagery.plan.BingGridPlanner;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.imagery.stitch.Stitcher;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.message.ImageryFailed;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one satellite page: plan the grid, fetch the images, stitch, encode print and preview, store both, announce
 * {@link ImageryCompleted}. Idempotent: the object keys derive from the page spec, so a redelivered job overwrites the
 * same objects with equivalent content and announces again (the coordinator deduplicates). A permanent failure is also
 * announced as {@link ImageryFailed} before it is rethrown for the listener to dead-letter.
 */
public final class ImageryService {
  private static final Logger log = LoggerFactory.getLogger(ImageryService.class);
  private static final String JPEG = "image/jpeg";
  private static final int MAX_REASON_CHARS = 1000;

  private final BingGridPlanner planner;
  private final PageFetcher fetcher;
  private final JpegCodec codec;
  private final Stitcher stitcher;
  private final ObjectStore store;
  private final JobQueue queue;
  private final Clock clock;

  public ImageryService(
      BingGridPlanner planner,
      PageFetcher fetcher,
      JpegCodec codec,
      Stitcher stitcher,
      ObjectStore store,
      JobQueue queue,
      Clock clock) {
    this.planner = planner;
    this.fetcher = fetcher;
    this.codec = codec;
    this.stitcher = stitcher;
    this.store = store;
    this.queue = queue;
    this.clock = clock;
  }

  /** Makes the page of {@code job} and returns the completion it sent. */
  public ImageryCompleted handle(SatellitePageJob job) {
    try {
      return make(job);
    } catch (PermanentFailure e) {
      log.warn("job {} failed permanently: {}", job.jobId(), e.getMessage());
      String reason = truncate(e.reason() + ": " + e.detail());
      ImageryFailed failed =
          new ImageryFailed(
              ImageryFailed.SCHEMA_VERSION, job.jobId(), job.orderId(), job.bookId(), job.dependencyId(), reason,
              clock.instant());
      queue.send(Queues.IMAGERY_FAILED_NAME, message(job, Json.write(failed)));
      throw e;
    }
  }

  private ImageryCompleted make(SatellitePageJob job) {
    SatellitePageSpec spec = job.spec();
    PagePlan plan = planner.plan(spec);
    long t0 = System.nanoTime();
    List<byte[]> jpegs = fetcher.fetchAll(plan.requests());
    long t1 = System.nanoTime();
    List<BufferedImage> images = new ArrayList<>(jpegs.size());
    for (byte[] jpeg : jpegs) {
      images.add(codec.decode(jpeg));
    }
    long t2 = System.nanoTime();
    BufferedImage page = stitcher.stitch(plan, images);
    byte[] print = codec.encode(page, JpegCodec.PRINT_QUALITY);
    byte[] preview = codec.encode(stitcher.preview(page, spec.previewWidthPx()), JpegCodec.PREVIEW_QUALITY);
    long t3 = System.nanoTime();
    String printKey = S3Layout.imageryPrint(spec);
    String previewKey = S3Layout.imageryPreview(spec);
    store.put(printKey, print, JPEG);
    store.put(previewKey, preview, JPEG);
    long t4 = System.nanoTime();
    log.info(
        "page {} {}x{} from {} images: fetch {} ms, decode {} ms, stitch+encode {} ms, upload {} ms ({} + {} bytes)",
        job.jobId(), plan.width(), plan.height(), plan.requests().size(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2),
        ms(t4 - t3), print.length, preview.length);
    ImageryCompleted completed =
        new ImageryCompleted(
            ImageryCompleted.SCHEMA_VERSION,
            job.jobId(),
            job.orderId(),
            job.bookId(),
            job.dependencyId(),
            store.uriOf(printKey),
            store.uriOf(previewKey),
            plan.width(),
            plan.height(),
            fetcher.source().name(),
            fetcher.source().attribution(),
            clock.instant());
    queue.send(Queues.IMAGERY_COMPLETED_NAME, message(job, Json.write(completed)));
    return completed;
  }

  private static OutboundMessage message(SatellitePageJob job, String body) {
    return new OutboundMessage(
        job.jobId(), body, Map.of(FailureAttributes.ORDER_ID, job.orderId(), FailureAttributes.BOOK_ID, job.bookId()));
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static String truncate(String s) {
    return s.length() <= MAX_REASON_CHARS ? s : s.substring(0, MAX_REASON_CHARS - 1) + "…";
  }
}
