package dev.satpage.e2e.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.satpage.devstack.imagery.GroundTruth;
import dev.satpage.imagery.app.ImageryProperties;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.imagery.plan.TilePlanner;
import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Dependency;
import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.message.PrintReady;
import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.storage.S3Uri;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The whole pipeline over real SQS (ElasticMQ) and S3 (S3Proxy) HTTP: orders in, exactly one
 * rendered book per book out, seamless 4000×3000 satellite pages, every placeholder resolved to an
 * object that exists.
 */
class PipelineIT {
  /**
   * The print JPEG differs from the ground truth by about 1.5–4 levels on average
   * (StitchedPageSeamIT measured).
   */
  static final double MAX_SEAM_DIFFERENCE = 6.0;

  static LocalPipeline pipeline;
  static List<BookRendered> rendered;
  static List<PrintReady> printReady;
  static final List<String> BOOK_IDS = List.of("it-o1-b1", "it-o2-b1", "it-o2-b2");

  @BeforeAll
  static void runOrders() {
    pipeline = LocalPipeline.start();
    OrderClient orders = new OrderClient(pipeline);
    OrderPlaced london = order("it-o1", book("it-o1-b1", "Ada", 51.4769, -0.0005));
    orders.place(london);
    orders.place(
        order(
            "it-o2",
            book("it-o2-b1", "Kai", -33.8568, 151.2153),
            new BookOrder(
                "it-o2-b2",
                "satellite-adventure",
                Purpose.PRINT,
                new Personalisation("Amara", -1.2921, 36.8219))));
    orders.place(london); // the shop's event delivered twice: must converge, not duplicate
    orders.placeRaw("{\"schemaVersion\":1,\"orderId\":\"it-bad\",\"books\":[]}");

    PipelineEvents events = new PipelineEvents(pipeline);
    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ZERO)
        .until(
            () ->
                events.poll(1).stream().map(BookRendered::bookId).distinct().count()
                    == BOOK_IDS.size());
    // Quiescence: nothing in flight on any pipeline queue, then one more read — a second render
    // would show here.
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(PipelineIT::allQueuesIdle);
    events.poll(2);
    rendered = events.rendered();
    printReady = events.printReady();
  }

  @AfterAll
  static void stop() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  @Test
  void everyBook_isRenderedExactlyOnce_evenWhenTheOrderIsDeliveredTwice() {
    Map<String, Long> perBook =
        rendered.stream()
            .collect(Collectors.groupingBy(BookRendered::bookId, Collectors.counting()));
    assertThat(perBook).containsOnlyKeys(BOOK_IDS);
    assertThat(perBook.values()).containsOnly(1L);
    for (BookRendered r : rendered) {
      if (r.purpose() == Purpose.PREVIEW) {
        assertThat(r.pageUris())
            .as("preview pages of %s", r.bookId())
            .hasSize(3)
            .allMatch(u -> u.endsWith(".jpg"));
      } else {
        assertThat(r.pageUris())
            .as("the print PDF of %s", r.bookId())
            .singleElement()
            .matches(u -> u.endsWith(".pdf"));
      }
    }
  }

  @Test
  void printBook_announcesItsPdfOnceToThePrinthouse_withTheChecksumOfTheStoredFile()
      throws Exception {
    assertThat(printReady).extracting(PrintReady::bookId).containsExactly("it-o2-b2");
    PrintReady ready = printReady.getFirst();
    byte[] pdf = pipeline.store().get(S3Uri.parse(ready.pdfUri()).key()).orElseThrow().content();
    String sha =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
    assertThat(ready.sha256()).isEqualTo(sha);
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(ready.pageCount()).isEqualTo(3);
  }

  @Test
  void everyPlaceholderOfThePatchedDefinition_pointsToAnObjectThatExists() {
    for (String bookId : BOOK_IDS) {
      DefinitionFile patched = patched(bookId);
      assertThat(patched.isComplete()).as(bookId).isTrue();
      for (Dependency d : patched.dependencies().values()) {
        assertThat(pipeline.store().exists(S3Uri.parse(d.printUri()).key()))
            .as(d.printUri())
            .isTrue();
        assertThat(pipeline.store().exists(S3Uri.parse(d.previewUri()).key()))
            .as(d.previewUri())
            .isTrue();
        assertThat(d.attribution()).isNotBlank();
      }
    }
    for (BookRendered r : rendered) {
      r.pageUris()
          .forEach(
              uri -> assertThat(pipeline.store().exists(S3Uri.parse(uri).key())).as(uri).isTrue());
    }
  }

  /**
   * Every stitched page against the simulator's ground truth — the pixels one unlimited image
   * centred on the page's point would show, from the simulator's own projection (written from
   * Microsoft's tile-system article), not from our planner — in strips across every seam of the
   * default plan (Azure Maps tiles, 512 px), and a one-pixel shift at the page centre must stand
   * out.
   */
  @Test
  void stitchedPages_are4000x3000_andSeamless_andAOnePixelShiftWouldBeCaught() throws IOException {
    for (String bookId : BOOK_IDS) {
      for (Dependency d : patched(bookId).dependencies().values()) {
        BufferedImage page = decode(d.printUri());
        assertThat(page.getWidth()).isEqualTo(4000);
        assertThat(page.getHeight()).isEqualTo(3000);

        SatellitePageSpec spec = d.spec();
        BufferedImage ref =
            GroundTruth.centred(
                spec.latitude(), spec.longitude(), spec.zoom(), spec.widthPx(), spec.heightPx());
        // Where the default plan puts its seams (only the positions are taken from the planner, not
        // the geography).
        PagePlan plan = TilePlanner.azure(ImageryProperties.DEFAULT_AZURE_TILE_SIZE).plan(spec);
        TreeSet<Integer> columns = new TreeSet<>(List.of(2000));
        TreeSet<Integer> rows = new TreeSet<>(List.of(1500));
        for (PlannedImage image : plan.requests()) {
          int m = SeamCheck.STRIP_HALF_WIDTH + 1;
          if (image.offsetX() >= m && image.offsetX() < page.getWidth() - m) {
            columns.add(image.offsetX());
          }
          if (image.offsetY() >= m && image.offsetY() < page.getHeight() - m) {
            rows.add(image.offsetY());
          }
        }
        assertThat(columns.size() + rows.size())
            .as("seams of %s %s", bookId, d.id())
            .isGreaterThan(2);
        for (int x : columns) {
          assertThat(SeamCheck.verticalStrip(page, ref, x, 0))
              .as("%s %s column %d", bookId, d.id(), x)
              .isLessThan(MAX_SEAM_DIFFERENCE);
        }
        for (int y : rows) {
          assertThat(SeamCheck.horizontalStrip(page, ref, y, 0))
              .as("%s %s row %d", bookId, d.id(), y)
              .isLessThan(MAX_SEAM_DIFFERENCE);
        }
        assertThat(SeamCheck.verticalStrip(page, ref, 2000, 1))
            .as("1-px shift must be detected")
            .isGreaterThan(MAX_SEAM_DIFFERENCE);
        assertThat(SeamCheck.horizontalStrip(page, ref, 1500, 1))
            .as("1-px shift must be detected")
            .isGreaterThan(MAX_SEAM_DIFFERENCE);
      }
    }
  }

  @Test
  void invalidOrder_isDeadLetteredWithAReadableReason_andPublishesNothing() {
    String dlq = pipeline.queue().urlOf(Queues.ORDER_PLACED.deadLetterName());
    List<Message> dead = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              dead.addAll(
                  pipeline
                      .sqs()
                      .receiveMessage(
                          b -> b.queueUrl(dlq).waitTimeSeconds(1).messageAttributeNames("All"))
                      .messages());
              return !dead.isEmpty();
            });
    Map<String, String> attrs =
        dead.getFirst().messageAttributes().entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stringValue()));
    assertThat(attrs).containsEntry(FailureAttributes.REASON, "invalid-message");
    assertThat(attrs.get(FailureAttributes.DETAIL)).contains("placedAt");
    assertThat(pipeline.store().list("books/it-bad")).isEmpty();
  }

  private static boolean allQueuesIdle() {
    for (QueueSpec spec :
        List.of(
            Queues.ORDER_PLACED,
            Queues.SATELLITE_PAGE_JOBS,
            Queues.IMAGERY_COMPLETED,
            Queues.RENDER_JOBS)) {
      Map<QueueAttributeName, String> a =
          pipeline
              .sqs()
              .getQueueAttributes(
                  b ->
                      b.queueUrl(pipeline.queue().urlOf(spec.name()))
                          .attributeNames(
                              QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                              QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
              .attributes();
      if (!"0".equals(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
          || !"0".equals(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))) {
        return false;
      }
    }
    return true;
  }

  private static DefinitionFile patched(String bookId) {
    return Json.read(
        pipeline.store().get(S3Layout.patchedDefinition(bookId, 1)).orElseThrow().content(),
        DefinitionFile.class);
  }

  private static BufferedImage decode(String uri) throws IOException {
    byte[] jpeg = pipeline.store().get(S3Uri.parse(uri).key()).orElseThrow().content();
    return ImageIO.read(new ByteArrayInputStream(jpeg));
  }

  private static OrderPlaced order(String id, BookOrder... books) {
    return OrderPlaced.of(id, Instant.parse("2026-11-27T10:00:00Z"), List.of(books));
  }

  private static BookOrder book(String id, String name, double lat, double lon) {
    return new BookOrder(
        id, "satellite-adventure", Purpose.PREVIEW, new Personalisation(name, lat, lon));
  }
}
