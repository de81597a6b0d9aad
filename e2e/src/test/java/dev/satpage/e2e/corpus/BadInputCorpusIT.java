package dev.satpage.e2e.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.satpage.devstack.DevstackConfig;
import dev.satpage.e2e.pipeline.LocalPipeline;
import dev.satpage.e2e.pipeline.OrderClient;
import dev.satpage.e2e.pipeline.PipelineEvents;
import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.json.Json;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The bad-input corpus, all in flight together with good orders: each bad input ends in a DLQ with
 * a clear reason after a single attempt, nothing crashes or loops, every good order is rendered
 * exactly once, and the provider's API key appears in no log line of the pipeline.
 */
class BadInputCorpusIT {
  static final Instant PLACED = Instant.parse("2026-11-27T10:00:00Z");
  static LocalPipeline pipeline;
  static FaultyProviderProxy proxy;
  static Path log;
  static PipelineEvents events;

  /** What SendMessage said to a 300 KiB body (null: accepted). */
  static Throwable oversizedRefused;

  /** DLQ name → its messages, read once everything settled. */
  static final Map<String, List<Message>> dead = new ConcurrentHashMap<>();

  static final List<String> GOOD = List.of("good-o1-b1", "good-o2-b1", "good-o3-b1");
  static final List<String> BAD_IMAGERY =
      List.of("bad-html-b1", "bad-corrupt-b1", "bad-huge-b1", "bad-ssrf-b1", "bad-png-b1");

  @BeforeAll
  static void runCorpus() throws Exception {
    proxy = new FaultyProviderProxy();
    log = Files.createTempFile("satpage-corpus-", ".log");
    pipeline =
        LocalPipeline.start(
            DevstackConfig.defaults(),
            Map.of(
                "satpage.imagery.endpoint", proxy.endpoint().toString(),
                "logging.file.name", log.toString()));
    proxy.upstream(pipeline.devstack().imageryEndpoint());
    OrderClient orders = new OrderClient(pipeline);
    events = new PipelineEvents(pipeline);

    orders.place(order("good-o1", 51.4769, -0.0005, Purpose.PREVIEW));
    // Queue-level garbage on order-placed.
    orders.placeRaw("{\"schemaVersion\":1,\"orderId\":\"bad-malformed\",\"books\":[");
    orders.placeRaw(
        Json.write(order("bad-version", 45.76, 4.83, Purpose.PREVIEW))
            .replace("\"schemaVersion\":1", "\"schemaVersion\":99"));
    orders.placeRaw(
        "{\"schemaVersion\":1,\"orderId\":\"bad-missing\",\"placedAt\":\"2026-11-27T10:00:00Z\"}");
    orders.placeRaw(
        Json.write(order("bad-lat", 45.76, 4.83, Purpose.PREVIEW)).replace("45.76", "91.0"));
    orders.placeRaw(
        Json.write(order("bad-lon", 45.76, 4.83, Purpose.PREVIEW)).replace("4.83", "181.0"));
    orders.placeRaw(tooManyBooks());
    // Imagery that goes wrong at the provider, one book per kind (see FaultyProviderProxy's
    // latitude bands).
    orders.place(order("bad-html", 10.5, 20.5, Purpose.PREVIEW));
    orders.place(order("bad-corrupt", 11.5, 20.5, Purpose.PREVIEW));
    orders.place(order("good-o2", -33.8568, 151.2153, Purpose.PRINT));
    orders.place(order("bad-huge", 12.5, 20.5, Purpose.PREVIEW));
    orders.place(order("bad-ssrf", 13.5, 20.5, Purpose.PREVIEW));
    orders.place(order("bad-png", 14.5, 20.5, Purpose.PREVIEW));
    // A satellite-page job straight onto its queue with zoom 30.
    pipeline
        .queue()
        .send(
            Queues.SATELLITE_PAGE_JOBS_NAME,
            OutboundMessage.of(
                "bad-zoom",
                """
        {"schemaVersion":1,"jobId":"bad-zoom-b1/sat-home","orderId":"bad-zoom","bookId":"bad-zoom-b1",
         "dependencyId":"sat-home","spec":{"latitude":45.76,"longitude":4.83,"zoom":30,"widthPx":4000,
         "heightPx":3000,"previewWidthPx":1000}}"""));
    orders.place(order("good-o3", 41.4036, 2.1744, Purpose.PREVIEW));
    String big =
        "{\"schemaVersion\":1,\"orderId\":\"bad-big\",\"pad\":\"" + "x".repeat(300 * 1024) + "\"}";
    oversizedRefused = catchThrowable(() -> orders.placeRaw(big));

    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ZERO)
        .until(
            () ->
                events.poll(1).stream()
                    .map(BookRendered::bookId)
                    .collect(Collectors.toSet())
                    .containsAll(GOOD));
    // A render job for a Definition File with 10,000 pages (written where a patched file would be).
    sendRenderJobForHugeDefinition();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              readDeadLetters();
              return dlqCount(Queues.ORDER_PLACED.deadLetterName())
                      >= (oversizedRefused == null ? 7 : 6)
                  && dlqCount(Queues.SATELLITE_PAGE_JOBS.deadLetterName())
                      >= BAD_IMAGERY.size() * 2 + 1
                  && dlqCount(Queues.RENDER_JOBS.deadLetterName()) >= 1;
            });
    events.poll(2);
  }

  @AfterAll
  static void stop() {
    if (pipeline != null) {
      pipeline.close();
    }
    if (proxy != null) {
      proxy.close();
    }
  }

  @Test
  void everyGoodOrderInFlight_isRenderedExactlyOnce() {
    Map<String, Long> perBook =
        events.rendered().stream()
            .collect(Collectors.groupingBy(BookRendered::bookId, Collectors.counting()));
    assertThat(perBook).containsOnlyKeys(GOOD);
    assertThat(perBook.values()).containsOnly(1L);
  }

  @Test
  void malformedOrders_areDeadLetteredOnce_withAReasonNamingTheField() {
    Map<String, String> detailByOrder = details(Queues.ORDER_PLACED.deadLetterName());
    System.out.println(
        "corpus: order-placed DLQ details "
            + detailByOrder.keySet()
            + "; oversized send "
            + (oversizedRefused == null
                ? "accepted by ElasticMQ"
                : "refused: " + oversizedRefused.getMessage()));
    assertThat(detailByOrder)
        .containsKeys(
            "bad-malformed", "bad-version", "bad-missing", "bad-lat", "bad-lon", "bad-many");
    assertThat(detailByOrder.get("bad-version")).contains("schemaVersion");
    assertThat(detailByOrder.get("bad-missing")).contains("books");
    assertThat(detailByOrder.get("bad-lat")).contains("latitude").contains("91");
    assertThat(detailByOrder.get("bad-lon")).contains("longitude").contains("181");
    assertThat(detailByOrder.get("bad-many")).contains("books");
    assertThat(reasons(Queues.ORDER_PLACED.deadLetterName())).containsOnly("invalid-message");
    assertThat(dlqCount(Queues.ORDER_PLACED.deadLetterName()))
        .as("each exactly once: no retry loop")
        .isEqualTo(oversizedRefused == null ? 7 : 6);
    for (String refused :
        List.of("bad-malformed", "bad-version", "bad-missing", "bad-lat", "bad-lon", "bad-many")) {
      assertThat(pipeline.store().list("books/" + refused))
          .as("no state for refused order %s", refused)
          .isEmpty();
    }
  }

  @Test
  void badImagery_blocksOnlyItsBook_withAReasonPerKind_afterOneRequestPerPage() {
    List<Message> jobs = dead.get(Queues.SATELLITE_PAGE_JOBS.deadLetterName());
    Map<String, String> reasonByBook = new java.util.HashMap<>();
    for (Message m : jobs) {
      reasonByBook.put(attr(m, FailureAttributes.BOOK_ID), attr(m, FailureAttributes.REASON));
    }
    assertThat(reasonByBook)
        .containsEntry("bad-html-b1", "imagery-corrupt")
        .containsEntry("bad-corrupt-b1", "imagery-corrupt")
        .containsEntry("bad-ssrf-b1", "imagery-forbidden-host")
        .containsEntry("bad-png-b1", "imagery-corrupt");
    // The 60000×60000 header is refused before any decode: as a size mismatch or as a JPEG that
    // does not parse.
    assertThat(reasonByBook.get("bad-huge-b1")).isIn("imagery-wrong-size", "imagery-corrupt");
    assertThat(jobs)
        .filteredOn(m -> "bad-ssrf-b1".equals(attr(m, FailureAttributes.BOOK_ID)))
        .allSatisfy(m -> assertThat(attr(m, FailureAttributes.DETAIL)).contains("169.254.169.254"));
    assertThat(jobs)
        .as("two pages per bad book, each dead-lettered once")
        .hasSize(BAD_IMAGERY.size() * 2 + 1);
  }

  @Test
  void zoomOutOfRange_isRefusedByTheImageryWorker() {
    Message zoom =
        dead.get(Queues.SATELLITE_PAGE_JOBS.deadLetterName()).stream()
            .filter(m -> m.body().contains("bad-zoom"))
            .findFirst()
            .orElseThrow();
    assertThat(attr(zoom, FailureAttributes.REASON)).isEqualTo("invalid-message");
    assertThat(attr(zoom, FailureAttributes.DETAIL)).contains("zoom");
  }

  @Test
  void definitionWith10000Pages_isRefusedByTheRenderWorker() {
    Message job = dead.get(Queues.RENDER_JOBS.deadLetterName()).getFirst();
    assertThat(attr(job, FailureAttributes.REASON)).isNotBlank();
    assertThat(attr(job, FailureAttributes.DETAIL)).containsAnyOf("pages", "exceeds");
  }

  /**
   * AWS SQS refuses a body over 256 KiB at SendMessage; ElasticMQ 1.7 accepts it. Either way
   * nothing may break: refused at the send, or dead-lettered with a reason. The reader's own 1 MiB
   * guard is checked directly, since no queue carries such a message.
   */
  @Test
  void oversizedMessage_isRefusedAtTheSend_orDeadLettered_andTheReaderGuardsAt1MiB() {
    if (oversizedRefused == null) {
      assertThat(details(Queues.ORDER_PLACED.deadLetterName())).containsKey("bad-big");
    } else {
      assertThat(oversizedRefused).hasMessageContaining("256");
    }
    String huge = "{\"pad\":\"" + "x".repeat(Json.MAX_DOCUMENT_BYTES) + "\"}";
    assertThat(catchThrowable(() -> Json.read(huge, OrderPlaced.class)))
        .isInstanceOf(MessageFormatException.class)
        .hasMessageContaining("exceeds");
  }

  @Test
  void theProviderKey_appearsInNoLogLine_norInAnyFailureDetail() throws Exception {
    String key = pipeline.devstack().imageryApiKey();
    List<String> lines = Files.readAllLines(log);
    assertThat(lines)
        .as("the pipeline logged the imagery failures")
        .anyMatch(l -> l.contains("imagery"));
    assertThat(lines).noneMatch(l -> l.contains(key));
    for (List<Message> messages : dead.values()) {
      for (Message m : messages) {
        assertThat(String.valueOf(attr(m, FailureAttributes.DETAIL))).doesNotContain(key);
      }
    }
  }

  private static void sendRenderJobForHugeDefinition() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode def =
        (ObjectNode)
            mapper.readTree(
                pipeline
                    .store()
                    .get(S3Layout.patchedDefinition("good-o1-b1", 1))
                    .orElseThrow()
                    .content());
    ArrayNode pages = (ArrayNode) def.get("pages");
    ObjectNode first = (ObjectNode) pages.get(0);
    ArrayNode many = mapper.createArrayNode();
    for (int i = 0; i < 10_000; i++) {
      many.add(first.deepCopy().put("pageId", "p" + i));
    }
    def.set("pages", many);
    def.put("bookId", "bad-pages-b1").put("orderId", "bad-pages");
    String key = S3Layout.patchedDefinition("bad-pages-b1", 1);
    pipeline.store().put(key, mapper.writeValueAsBytes(def), "application/json");
    RenderJob job =
        new RenderJob(
            RenderJob.SCHEMA_VERSION,
            RenderJob.idempotencyKey("bad-pages-b1", 1),
            "bad-pages",
            "bad-pages-b1",
            1,
            "s3://" + pipeline.devstack().bucket() + "/" + key,
            Instant.now());
    pipeline
        .queue()
        .send(Queues.RENDER_JOBS_NAME, OutboundMessage.of("bad-pages", Json.write(job)));
  }

  private static String tooManyBooks() {
    List<BookOrder> books = new ArrayList<>();
    for (int i = 0; i < OrderPlaced.MAX_BOOKS + 1; i++) {
      books.add(
          new BookOrder(
              "bad-many-b" + i,
              "satellite-adventure",
              Purpose.PREVIEW,
              new Personalisation("Ada", 51.4769, -0.0005)));
    }
    // Built by hand: the record refuses more than MAX_BOOKS, which is the point.
    return "{\"schemaVersion\":1,\"orderId\":\"bad-many\",\"placedAt\":\"2026-11-27T10:00:00Z\",\"books\":"
        + Json.write(books)
        + "}";
  }

  private static OrderPlaced order(String id, double lat, double lon, Purpose purpose) {
    return OrderPlaced.of(
        id,
        PLACED,
        List.of(
            new BookOrder(
                id + "-b1", "satellite-adventure", purpose, new Personalisation("Ada", lat, lon))));
  }

  /**
   * Reads every DLQ's messages without consuming them for good (they come back after the lease).
   */
  private static void readDeadLetters() {
    for (String dlq :
        List.of(
            Queues.ORDER_PLACED.deadLetterName(),
            Queues.SATELLITE_PAGE_JOBS.deadLetterName(),
            Queues.RENDER_JOBS.deadLetterName())) {
      String url = pipeline.queue().urlOf(dlq);
      List<Message> all = new ArrayList<>(dead.getOrDefault(dlq, List.of()));
      List<Message> batch;
      do {
        batch =
            pipeline
                .sqs()
                .receiveMessage(
                    b ->
                        b.queueUrl(url)
                            .maxNumberOfMessages(10)
                            .visibilityTimeout(600)
                            .messageAttributeNames("All"))
                .messages();
        all.addAll(batch);
      } while (!batch.isEmpty());
      dead.put(dlq, all);
    }
  }

  private static int dlqCount(String dlq) {
    return dead.getOrDefault(dlq, List.of()).size();
  }

  private static Map<String, String> details(String dlq) {
    Map<String, String> out = new java.util.HashMap<>();
    for (Message m : dead.get(dlq)) {
      java.util.regex.Matcher id =
          java.util.regex.Pattern.compile("\"orderId\":\"([^\"]+)\"").matcher(m.body());
      out.put(id.find() ? id.group(1) : m.body(), attr(m, FailureAttributes.DETAIL));
    }
    return out;
  }

  private static List<String> reasons(String dlq) {
    return dead.get(dlq).stream().map(m -> attr(m, FailureAttributes.REASON)).distinct().toList();
  }

  private static String attr(Message m, String name) {
    var v = m.messageAttributes().get(name);
    return v == null ? null : v.stringValue();
  }
}
