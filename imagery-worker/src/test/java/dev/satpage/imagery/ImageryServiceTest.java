package dev.satpage.imagery;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.imagery.fetch.ImagerySource;
import dev.satpage.imagery.fetch.PageFetcher;
import dev.satpage.imagery.plan.CentredGridPlanner;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.imagery.plan.Planner;
import dev.satpage.imagery.plan.TilePlanner;
import dev.satpage.imagery.testing.FakeImagerySource;
import dev.satpage.imagery.testing.Images;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.message.ImageryFailed;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.port.WriteOptions;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.testing.InMemoryJobQueue;
import dev.satpage.model.testing.InMemoryObjectStore;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ImageryServiceTest {
  private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
  private static final SatellitePageSpec SPEC = SatellitePageSpec.of(51.5007, -0.1246, 17);
  private static final SatellitePageJob JOB =
      SatellitePageJob.of("order-1", "book-1", 3, "sat-1", SPEC);

  private final Map<String, WriteOptions> written = new ConcurrentHashMap<>();
  private final InMemoryObjectStore store =
      new InMemoryObjectStore("satpage-test") {
        @Override
        public void put(String key, byte[] content, WriteOptions options) {
          written.put(key, options);
          super.put(key, content, options);
        }
      };
  private final InMemoryJobQueue queue = new InMemoryJobQueue();
  private final ImageIoJpegCodec codec = new ImageIoJpegCodec();

  private final AtomicInteger fetches = new AtomicInteger();
  private final List<String> outcomes = new CopyOnWriteArrayList<>();
  private static final OutputKeys KEYS = OutputKeys.of("fake", SPEC, 90, 85);

  private ImageryService service(Function<PlannedImage, byte[]> images) {
    return service(images, CentredGridPlanner.bing());
  }

  private ImageryService service(Function<PlannedImage, byte[]> images, Planner planner) {
    ImagerySource source =
        new FakeImagerySource(
            "fake",
            "© Fake Imagery",
            FakeImagerySource.KEY,
            request -> {
              fetches.incrementAndGet();
              return images.apply(request);
            });
    ImageryMetrics metrics =
        new ImageryMetrics() {
          @Override
          public void job(String outcome, String reason) {
            outcomes.add(outcome + "/" + reason);
          }
        };
    return new ImageryService(
        new PagePipeline(
            planner,
            new PageFetcher(source, 4),
            codec,
            new OutputSettings(90, 85, 300, WriteOptions.Encryption.SSE_KMS)),
        store,
        queue,
        Clock.fixed(NOW, ZoneOffset.UTC),
        metrics,
        PageObserver.NONE);
  }

  /** Each quadrant a different colour, so the stored page shows where each image went. */
  private static byte[] quadrant(PlannedImage r) {
    Color c =
        r.offsetX() == 0
            ? (r.offsetY() == 0 ? Color.RED : Color.BLUE)
            : (r.offsetY() == 0 ? Color.GREEN : Color.WHITE);
    return Images.jpeg(r.width(), r.height(), c);
  }

  @Test
  void job_storesPrintAndPreview_andAnnouncesCompletion() {
    ImageryCompleted completed = service(ImageryServiceTest::quadrant).handle(JOB);

    BufferedImage print = codec.decode(store.get(KEYS.print()).orElseThrow().content());
    assertThat(print.getWidth()).isEqualTo(4000);
    assertThat(print.getHeight()).isEqualTo(3000);
    assertThat(new Color(print.getRGB(1000, 750)).getRed()).isGreaterThan(230);
    assertThat(new Color(print.getRGB(3000, 750)).getGreen()).isGreaterThan(230);
    assertThat(new Color(print.getRGB(1000, 2250)).getBlue()).isGreaterThan(230);
    assertThat(new Color(print.getRGB(3000, 2250)).getRed()).isGreaterThan(230);
    assertThat(store.get(KEYS.print()).orElseThrow().contentType()).isEqualTo("image/jpeg");
    BufferedImage preview = codec.decode(store.get(KEYS.preview()).orElseThrow().content());
    assertThat(preview.getWidth()).isEqualTo(1000);
    assertThat(preview.getHeight()).isEqualTo(750);

    OutboundMessage sent = queue.sent(Queues.IMAGERY_COMPLETED_NAME).getFirst();
    assertThat(Json.read(sent.body(), ImageryCompleted.class)).isEqualTo(completed);
    assertThat(sent.attributes())
        .containsEntry(FailureAttributes.ORDER_ID, "order-1")
        .containsEntry(FailureAttributes.BOOK_ID, "book-1");
    assertThat(completed.jobId()).isEqualTo("book-1/sat-1");
    assertThat(completed.schemaVersion()).isEqualTo(2);
    assertThat(completed.definitionVersion())
        .as("the job's Definition File version, carried")
        .isEqualTo(3);
    assertThat(completed.printUri()).isEqualTo("s3://satpage-test/" + KEYS.print());
    assertThat(completed.previewUri()).isEqualTo("s3://satpage-test/" + KEYS.preview());
    assertThat(completed.widthPx()).isEqualTo(4000);
    assertThat(completed.heightPx()).isEqualTo(3000);
    assertThat(completed.provider()).isEqualTo("fake");
    assertThat(completed.attribution()).isEqualTo("© Fake Imagery");
    assertThat(completed.completedAt()).isEqualTo(NOW);
    assertThat(queue.sent(Queues.IMAGERY_FAILED_NAME)).isEmpty();
  }

  @Test
  void
      azureStaticPage_isFourImagesWithinTheDocumentedLimit_stitchedAndEncodedOnceAtThePrintDensity() {
    // 4000 x 3000 cannot come in one piece: Azure Maps static images stop at 2000 x 1500
    // (AzureMapsFacts).
    service(ImageryServiceTest::quadrant, CentredGridPlanner.azure()).handle(JOB);

    assertThat(fetches).hasValue(4);
    byte[] print = store.get(KEYS.print()).orElseThrow().content();
    assertThat(KEYS.print()).endsWith("/4000x3000-q90/print.jpg");
    assertThat(new String(print, 6, 4, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("JFIF");
    assertThat(print[13]).isEqualTo((byte) 1); // density unit: dots per inch
    assertThat(((print[14] & 0xFF) << 8) | (print[15] & 0xFF)).isEqualTo(300);
    assertThat(new Color(codec.decode(print).getRGB(3000, 2250)).getRed()).isGreaterThan(230);
  }

  @Test
  void tilePage_fromPngTiles_isStitchedLikeJpegTiles() {
    // Azure documents PNG for microsoft.imagery tiles: green tiles in the top half of the page,
    // blue below.
    SatellitePageSpec spec = new SatellitePageSpec(0.0, 0.0, 3, 512, 512, 128);
    service(
            t -> Images.png(t.width(), t.height(), t.offsetY() < 256 ? Color.GREEN : Color.BLUE),
            TilePlanner.azure(256))
        .handle(SatellitePageJob.of("order-1", "book-1", 1, "sat-1", spec));

    OutputKeys keys = OutputKeys.of("fake", spec, 90, 85);
    BufferedImage print = codec.decode(store.get(keys.print()).orElseThrow().content());
    assertThat(fetches).hasValue(4);
    assertThat(new Color(print.getRGB(100, 100)).getGreen()).isGreaterThan(230);
    assertThat(new Color(print.getRGB(400, 400)).getBlue()).isGreaterThan(230);
  }

  @Test
  void outputs_carryJobProviderAndAttributionMetadata_encryptedAndChecksummed() {
    service(ImageryServiceTest::quadrant).handle(JOB);

    // S3 user metadata travels as HTTP headers: the © is kept as printable ASCII (WriteOptions).
    assertThat(store.get(KEYS.print()).orElseThrow().metadata())
        .containsEntry("job-id", "book-1/sat-1")
        .containsEntry("provider", "fake")
        .containsEntry("attribution", "\\u00a9 Fake Imagery")
        .containsEntry("codec", "imageio");
    assertThat(store.get(KEYS.preview()).orElseThrow().metadata())
        .containsEntry("job-id", "book-1/sat-1");
    assertThat(written)
        .hasSize(2)
        .allSatisfy(
            (key, options) -> {
              assertThat(options.encryption()).isEqualTo(WriteOptions.Encryption.SSE_KMS);
              assertThat(options.checksumSha256()).isTrue();
              assertThat(options.contentType()).isEqualTo("image/jpeg");
            });
    assertThat(outcomes).containsExactly("completed/none");
  }

  @Test
  void keys_areContentAddressed_fromProviderCentreZoomSizeAndQuality() {
    assertThat(KEYS.print())
        .isEqualTo("imagery/fake/z17/51.500700_-0.124600/4000x3000-q90/print.jpg");
    assertThat(KEYS.preview())
        .isEqualTo("imagery/fake/z17/51.500700_-0.124600/4000x3000-q90/preview-1000-q85.jpg");
    assertThat(OutputKeys.of("azure", SPEC, 90, 85)).isNotEqualTo(KEYS);
    assertThat(OutputKeys.of("fake", SPEC, 92, 85)).isNotEqualTo(KEYS);
  }

  @Test
  void pageRequestedAgain_isServedFromTheStore_withZeroProviderCalls() {
    ImageryService service = service(ImageryServiceTest::quadrant);
    service.handle(JOB);
    byte[] first = store.get(KEYS.print()).orElseThrow().content();
    int fetchesBefore = fetches.get();

    ImageryCompleted again =
        service.handle(SatellitePageJob.of("order-2", "book-2", 1, "sat-1", SPEC));

    assertThat(fetchesBefore).isEqualTo(4);
    assertThat(fetches.get()).isEqualTo(4);
    assertThat(store.list("imagery/")).hasSize(2);
    assertThat(store.get(KEYS.print()).orElseThrow().content()).isEqualTo(first);
    assertThat(again.printUri()).isEqualTo("s3://satpage-test/" + KEYS.print());
    assertThat(again.bookId()).isEqualTo("book-2");
    assertThat(queue.sent(Queues.IMAGERY_COMPLETED_NAME)).hasSize(2);
    assertThat(outcomes).containsExactly("completed/none", "cached/none");
  }

  @Test
  void permanentFailure_announcesImageryFailed_andIsRethrown() {
    ImageryService service =
        service(
            r -> {
              throw new PermanentFailure(FailureReason.IMAGERY_REJECTED, "HTTP 401 from provider");
            });

    assertPermanent(FailureReason.IMAGERY_REJECTED, () -> service.handle(JOB));

    List<OutboundMessage> failed = queue.sent(Queues.IMAGERY_FAILED_NAME);
    assertThat(failed).hasSize(1);
    ImageryFailed message = Json.read(failed.getFirst().body(), ImageryFailed.class);
    assertThat(message.reason()).isEqualTo("imagery-rejected: HTTP 401 from provider");
    assertThat(message.jobId()).isEqualTo("book-1/sat-1");
    assertThat(message.definitionVersion()).isEqualTo(3);
    assertThat(message.failedAt()).isEqualTo(NOW);
    assertThat(failed.getFirst().attributes()).containsEntry(FailureAttributes.ORDER_ID, "order-1");
    assertThat(store.list("")).isEmpty();
    assertThat(queue.sent(Queues.IMAGERY_COMPLETED_NAME)).isEmpty();
  }

  @Test
  void givingUp_announcesRetriesExhausted_withTheJobsVersion() {
    service(ImageryServiceTest::quadrant).giveUp(JOB, new TransientFailure("HTTP 503"));

    ImageryFailed message =
        Json.read(queue.sent(Queues.IMAGERY_FAILED_NAME).getFirst().body(), ImageryFailed.class);
    assertThat(message.reason()).isEqualTo("retries-exhausted: HTTP 503");
    assertThat(message.definitionVersion()).isEqualTo(3);
  }

  @Test
  void aVersion1Job_fromAProducerBeforeTheDeploy_isAnsweredInVersion1() {
    SatellitePageJob v1 =
        Json.read(
            """
        {"schemaVersion":1,"jobId":"book-1/sat-1","orderId":"order-1","bookId":"book-1","dependencyId":"sat-1",
         "spec":%s}"""
                .formatted(Json.write(SPEC)),
            SatellitePageJob.class);
    ImageryService service = service(ImageryServiceTest::quadrant);
    service.handle(v1);
    service.giveUp(v1, new TransientFailure("HTTP 503"));

    String completed = queue.sent(Queues.IMAGERY_COMPLETED_NAME).getFirst().body();
    String failed = queue.sent(Queues.IMAGERY_FAILED_NAME).getFirst().body();
    assertThat(completed).contains("\"schemaVersion\":1").doesNotContain("definitionVersion");
    assertThat(failed).contains("\"schemaVersion\":1").doesNotContain("definitionVersion");
    assertThat(Json.read(completed, ImageryCompleted.class).jobId()).isEqualTo("book-1/sat-1");
  }

  @Test
  void aProgrammingError_isAnnouncedAsInternalError_andNotRetried() {
    ImageryService service =
        service(
            r -> {
              throw new NullPointerException("no body");
            });

    assertPermanent(FailureReason.INTERNAL_ERROR, () -> service.handle(JOB));

    ImageryFailed message =
        Json.read(queue.sent(Queues.IMAGERY_FAILED_NAME).getFirst().body(), ImageryFailed.class);
    assertThat(message.reason())
        .startsWith("internal-error: java.lang.NullPointerException: no body at ");
  }

  @Test
  void corruptImage_isAPermanentFailure() {
    ImageryService service =
        service(r -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0});

    assertPermanent(FailureReason.IMAGERY_CORRUPT, () -> service.handle(JOB));
    assertThat(queue.sent(Queues.IMAGERY_FAILED_NAME)).hasSize(1);
  }

  @Test
  void transientFailure_isRethrownWithoutAnnouncingAnything() {
    ImageryService service =
        service(
            r -> {
              throw new TransientFailure("HTTP 503");
            });

    assertThatThrownBy(() -> service.handle(JOB)).isInstanceOf(TransientFailure.class);

    assertThat(queue.sent(Queues.IMAGERY_FAILED_NAME)).isEmpty();
    assertThat(queue.sent(Queues.IMAGERY_COMPLETED_NAME)).isEmpty();
    assertThat(store.list("")).isEmpty();
  }

  @Test
  void make_returnsWhatItMade_andAnnouncesNothing_thenServesItFromTheStore() {
    ImageryService service = service(ImageryServiceTest::quadrant);

    MadePage made = service.make("api-1", SPEC);
    assertThat(made.keys()).isEqualTo(KEYS);
    assertThat(made.printUri()).isEqualTo(store.uriOf(KEYS.print()));
    assertThat(made.previewUri()).isEqualTo(store.uriOf(KEYS.preview()));
    assertThat(made.width()).isEqualTo(4000);
    assertThat(made.height()).isEqualTo(3000);
    assertThat(made.provider()).isEqualTo("fake");
    assertThat(made.attribution()).isEqualTo("© Fake Imagery");
    assertThat(made.cached()).isFalse();
    assertThat(store.get(KEYS.print()).orElseThrow().metadata()).containsEntry("job-id", "api-1");
    assertThat(queue.sent(Queues.IMAGERY_COMPLETED_NAME)).isEmpty();
    int fetched = fetches.get();

    MadePage again = service.make("api-2", SPEC);
    assertThat(again.cached()).isTrue();
    assertThat(again.keys()).isEqualTo(KEYS);
    assertThat(fetches.get()).isEqualTo(fetched);
    assertThat(queue.sent(Queues.IMAGERY_COMPLETED_NAME)).isEmpty();
  }
}
