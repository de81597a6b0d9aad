package dev.satpage.imagery.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.imagery.ImageryMetrics;
import dev.satpage.imagery.ImageryService;
import dev.satpage.imagery.MadePage;
import dev.satpage.imagery.OutputSettings;
import dev.satpage.imagery.PageObserver;
import dev.satpage.imagery.PagePipeline;
import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.imagery.codec.JpegHeader;
import dev.satpage.imagery.codec.PixelBuffer;
import dev.satpage.imagery.fetch.ImagerySource;
import dev.satpage.imagery.fetch.PageFetcher;
import dev.satpage.imagery.fetch.RateLimiter;
import dev.satpage.imagery.fetch.Sleeper;
import dev.satpage.imagery.plan.CentredGridPlanner;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.imagery.testing.FakeImagerySource;
import dev.satpage.imagery.testing.Images;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.experiment.ExperimentComparison;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.port.WriteOptions;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.testing.InMemoryJobQueue;
import dev.satpage.model.testing.InMemoryObjectStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ExperimentRunnerTest {
  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final SatellitePageSpec SPEC =
      new SatellitePageSpec(51.5007, -0.1246, 17, 512, 384, 128);
  private static final SatellitePageJob JOB =
      SatellitePageJob.of("order-1", "book-1", 1, "sat-1", SPEC);

  private final InMemoryObjectStore store = new InMemoryObjectStore("satpage-test");
  private final InMemoryJobQueue queue = new InMemoryJobQueue();
  private final List<String> metrics = new CopyOnWriteArrayList<>();
  private final ImageryMetrics recorder =
      new ImageryMetrics() {
        @Override
        public void experimentComparison(String experiment, String outcome) {
          metrics.add("comparison " + experiment + " " + outcome);
        }

        @Override
        public void experimentSsim(String experiment, double ssim) {
          metrics.add("ssim " + experiment);
        }

        @Override
        public void experimentStage(String experiment, String arm, String stage, Duration elapsed) {
          metrics.add("stage " + experiment + " " + arm + " " + stage);
        }

        @Override
        public void experimentSkipped(String experiment, String reason) {
          metrics.add("skipped " + experiment + " " + reason);
        }
      };
  private final AtomicInteger candidateCalls = new AtomicInteger();

  /** Textured images, the same for both arms: what differs is only how each arm encodes them. */
  private static byte[] ground(PlannedImage r) {
    return new ImageIoJpegCodec()
        .encode(
            PixelBuffer.of(Images.noise(r.width(), r.height(), r.offsetX() * 31L + r.offsetY())),
            95,
            72);
  }

  private static PagePipeline pipeline(ImagerySource source, int quality) {
    return new PagePipeline(
        CentredGridPlanner.bing(),
        new PageFetcher(source, 2),
        new ImageIoJpegCodec(),
        new OutputSettings(quality, quality, 300, WriteOptions.Encryption.BUCKET_DEFAULT));
  }

  private ImagerySource candidateSource(Function<PlannedImage, byte[]> images) {
    return new FakeImagerySource(
        "fake",
        "© Fake",
        FakeImagerySource.KEY,
        r -> {
          candidateCalls.incrementAndGet();
          return images.apply(r);
        });
  }

  private ExperimentRunner runner(
      String name, ImagerySource candidate, RateLimiter rate, int budget) {
    return new ExperimentRunner(
        new ExperimentSettings(name, 1.0, 100, budget),
        "fake-static/imageio/q90/grid",
        new Candidate("fake-static/imageio/q30/grid", pipeline(candidate, 30)),
        new PageComparison(new ImageIoJpegCodec()),
        store,
        WriteOptions.Encryption.BUCKET_DEFAULT,
        rate,
        new CallBudget(budget, CLOCK),
        CLOCK,
        recorder);
  }

  private static ImagerySource groundSource() {
    return new FakeImagerySource(
        "fake", "© Fake", FakeImagerySource.KEY, ExperimentRunnerTest::ground);
  }

  /** The control's page of {@link #SPEC}, made and stored without any experiment. */
  private MadePage controlPage() {
    return service(groundSource(), PageObserver.NONE).make("c", SPEC);
  }

  private static RateLimiter plenty() {
    return new RateLimiter(1000, 1000, System::nanoTime, Sleeper.SYSTEM);
  }

  private ImageryService service(ImagerySource control, PageObserver observer) {
    return new ImageryService(
        pipeline(control, 90), store, queue, CLOCK, ImageryMetrics.NONE, observer);
  }

  private ImageryService withExperiment(ImagerySource candidate) {
    ExperimentRunner runner = runner("q30", candidate, plenty(), 100);
    return service(groundSource(), new Experiments(List.of(runner), Experiments.Launcher.INLINE));
  }

  private ExperimentComparison record(String name) {
    List<String> keys = store.list(S3Layout.experimentComparisonsPrefix(name));
    assertThat(keys).hasSize(1);
    return Json.read(
        store.get(keys.getFirst()).orElseThrow().content(), ExperimentComparison.class);
  }

  @Test
  void aSampledJob_isComparedAfterItsCompletion_andKeptAsOneRecordWithTwoThumbnails() {
    withExperiment(candidateSource(ExperimentRunnerTest::ground)).handle(JOB);

    assertThat(queue.sent(Queues.IMAGERY_COMPLETED_NAME)).hasSize(1);
    ExperimentComparison record = record("q30");
    assertThat(record.jobId()).isEqualTo(JOB.jobId());
    assertThat(record.bookId()).isEqualTo("book-1");
    assertThat(record.dependencyId()).isEqualTo("sat-1");
    assertThat(record.comparedAt()).isEqualTo(NOW);
    assertThat(record.control().ok()).isTrue();
    assertThat(record.control().setup()).isEqualTo("fake-static/imageio/q90/grid");
    // 512 x 384 fits one static map.
    assertThat(record.control().providerRequests()).isEqualTo(1);
    assertThat(record.candidate().ok()).isTrue();
    assertThat(record.candidate().providerRequests()).isEqualTo(1);
    assertThat(record.candidate().stageMillis())
        .containsOnlyKeys("fetch", "stitch", "encode", "total");
    assertThat(record.control().stageMillis())
        .containsOnlyKeys("fetch", "stitch", "encode", "total");
    // Quality 30 against 90: smaller, and alike but not identical.
    assertThat(record.candidate().printBytes())
        .isPositive()
        .isLessThan(record.control().printBytes());
    assertThat(record.similarity().ssim()).isBetween(0.3, 0.999);
    assertThat(record.similarity().psnrDb()).isBetween(15.0, 60.0);
    assertThat(record.similarity().width()).isEqualTo(128);
    assertThat(record.similarity().height()).isEqualTo(96);
    for (String thumbnail : List.of(record.controlThumbnail(), record.candidateThumbnail())) {
      assertThat(thumbnail).startsWith("experiments/q30/thumbnails/");
      assertThat(JpegHeader.read(store.get(thumbnail).orElseThrow().content()).width())
          .isEqualTo(128);
    }
    // The candidate wrote nothing the book could see: the only pages are the control's two.
    assertThat(store.list("imagery/")).hasSize(2);
    assertThat(metrics)
        .contains(
            "ssim q30", "comparison q30 ok", "stage q30 candidate total", "stage q30 control fetch")
        .last()
        .isEqualTo("comparison q30 ok");
  }

  @Test
  void theBooksPagesAndCompletion_areByteIdentical_withAndWithoutTheExperiment() {
    ImagerySource control = groundSource();
    InMemoryObjectStore offStore = new InMemoryObjectStore("satpage-test");
    InMemoryJobQueue offQueue = new InMemoryJobQueue();
    new ImageryService(
            pipeline(control, 90),
            offStore,
            offQueue,
            CLOCK,
            ImageryMetrics.NONE,
            PageObserver.NONE)
        .handle(JOB);

    withExperiment(candidateSource(ExperimentRunnerTest::ground)).handle(JOB);

    assertThat(record("q30").candidate().ok()).isTrue(); // it did run
    for (String key : offStore.list("imagery/")) {
      assertThat(store.get(key).orElseThrow().content())
          .isEqualTo(offStore.get(key).orElseThrow().content());
    }
    assertThat(store.list("imagery/")).isEqualTo(offStore.list("imagery/"));
    assertThat(queue.sent(Queues.IMAGERY_COMPLETED_NAME))
        .isEqualTo(offQueue.sent(Queues.IMAGERY_COMPLETED_NAME));
  }

  @Test
  void aCandidateThatFails_leavesTheJobDone_andItsRecordHasTheReason() {
    Map<String, RuntimeException> failures =
        Map.of(
            "imagery-corrupt", new PermanentFailure(FailureReason.IMAGERY_CORRUPT, "not a JPEG"),
            "internal-error", new NullPointerException("a bug in the candidate"),
            "retries-exhausted", new TransientFailure("timed out"));
    failures.forEach(
        (reason, failure) -> {
          store.list("").forEach(store::delete);
          queue.drain(Queues.IMAGERY_COMPLETED_NAME);
          withExperiment(
                  candidateSource(
                      r -> {
                        throw failure;
                      }))
              .handle(JOB);

          assertThat(queue.sent(Queues.IMAGERY_COMPLETED_NAME)).hasSize(1);
          ExperimentComparison record = record("q30");
          assertThat(record.candidate().outcome()).isEqualTo(reason);
          assertThat(record.candidate().printBytes()).isZero();
          assertThat(record.similarity()).isNull();
          assertThat(record.candidateThumbnail()).isNull();
          assertThat(store.exists(record.controlThumbnail())).isTrue();
          assertThat(metrics).contains("comparison q30 " + reason);
        });
  }

  @Test
  void whenTheControlFails_theCandidateIsSkipped() {
    ExperimentRunner runner =
        runner("q30", candidateSource(ExperimentRunnerTest::ground), plenty(), 100);
    ImagerySource broken =
        new FakeImagerySource(
            "fake",
            "© Fake",
            FakeImagerySource.KEY,
            r -> {
              throw new PermanentFailure(FailureReason.IMAGERY_REJECTED, "HTTP 403");
            });

    ImageryService service =
        service(broken, new Experiments(List.of(runner), Experiments.Launcher.INLINE));
    assertThatThrownBy(() -> service.handle(JOB)).isInstanceOf(PermanentFailure.class);

    assertThat(candidateCalls).hasValue(0);
    assertThat(store.list("experiments/")).isEmpty();
    assertThat(metrics).containsExactly("skipped q30 control-failed");
  }

  @Test
  void overItsRate_aSampledJobIsSkipped_notQueued() {
    // One comparison per 1000 s, on a clock that does not move.
    RateLimiter rate = new RateLimiter(0.001, 1, () -> 0L, Sleeper.SYSTEM);
    ExperimentRunner runner =
        runner("slow", candidateSource(ExperimentRunnerTest::ground), rate, 100);
    MadePage control = controlPage();

    assertThat(runner.compare(JOB, control)).isPresent();
    assertThat(runner.compare(SatellitePageJob.of("order-2", "book-2", 1, "sat-1", SPEC), control))
        .isEmpty();

    assertThat(metrics).contains("skipped slow rate");
    assertThat(store.list(S3Layout.experimentComparisonsPrefix("slow"))).hasSize(1);
  }

  @Test
  void overItsBudget_aSampledJobIsSkipped_beforeAnyProviderCall() {
    // The page plans one provider image; the budget has one an hour.
    ExperimentRunner runner =
        runner("cheap", candidateSource(ExperimentRunnerTest::ground), plenty(), 1);
    MadePage control = controlPage();

    assertThat(runner.compare(JOB, control)).isPresent();
    assertThat(runner.compare(SatellitePageJob.of("order-2", "book-2", 1, "sat-1", SPEC), control))
        .isEmpty();

    assertThat(candidateCalls).hasValue(1);
    assertThat(metrics).contains("skipped cheap budget");
  }

  @Test
  void aFaultOutsideTheCandidate_isCountedAndSwallowed() {
    ExperimentRunner runner =
        runner("gone", candidateSource(ExperimentRunnerTest::ground), plenty(), 100);
    MadePage control = controlPage();
    store.delete(control.keys().preview()); // the control's page vanished before the comparison

    assertThat(runner.compare(JOB, control)).isEmpty();

    assertThat(metrics).contains("skipped gone error");
  }

  @Test
  void aBusyLauncher_countsEverySamplingExperimentSkipped_andUnsampledJobsAreNotCounted() {
    ExperimentRunner sampling =
        runner("all", candidateSource(ExperimentRunnerTest::ground), plenty(), 100);
    ExperimentRunner none =
        new ExperimentRunner(
            new ExperimentSettings("none", 0, 1, 1),
            "c",
            new Candidate("c", pipeline(candidateSource(ExperimentRunnerTest::ground), 30)),
            new PageComparison(new ImageIoJpegCodec()),
            store,
            WriteOptions.Encryption.BUCKET_DEFAULT,
            plenty(),
            new CallBudget(1, CLOCK),
            CLOCK,
            recorder);
    Experiments busy = new Experiments(List.of(sampling, none), work -> false);

    busy.completed(JOB, null);
    busy.failed(JOB);

    assertThat(metrics).containsExactly("skipped all busy", "skipped all control-failed");
    assertThat(candidateCalls).hasValue(0);
  }

  @Test
  void anObserverThatThrows_neverFailsTheJob() {
    PageObserver throwing =
        new PageObserver() {
          @Override
          public void completed(SatellitePageJob job, MadePage page) {
            throw new IllegalStateException("observer bug");
          }

          @Override
          public void failed(SatellitePageJob job) {
            throw new IllegalStateException("observer bug");
          }
        };

    service(groundSource(), throwing).handle(JOB);

    assertThat(queue.sent(Queues.IMAGERY_COMPLETED_NAME)).hasSize(1);
  }
}
