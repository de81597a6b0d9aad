package dev.satpage.e2e.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.satpage.aws.trace.BookTraces;
import dev.satpage.aws.trace.RecordedSpans;
import dev.satpage.aws.trace.TraceContext;
import dev.satpage.aws.trace.Tracing;
import dev.satpage.e2e.pipeline.LocalPipeline;
import dev.satpage.e2e.pipeline.OrderClient;
import dev.satpage.e2e.pipeline.PipelineEvents;
import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.port.StoredObject;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One book, one trace, across every hop of the whole pipeline (devstack and the three apps in this
 * JVM, talking over SQS and S3 HTTP): the web shop places one order of two books inside a span of
 * its own; each book's spans — intake, every satellite page job, every completion at the
 * coordinator, the render job, book-rendered — form one trace rooted at the book's span, with no
 * span whose parent is missing, and the two books' traces differ.
 */
class TracesIT {
  private static final String ORDER = "trace-o1";
  private static final List<String> BOOKS = List.of("trace-o1-b1", "trace-o1-b2");
  private static final AttributeKey<String> KEY = AttributeKey.stringKey("aws.s3.key");

  static RecordedSpans spans;
  static LocalPipeline pipeline;
  static SpanData shop;

  @BeforeAll
  static void placeAnOrderOfTwoBooks() {
    spans = RecordedSpans.install();
    pipeline = LocalPipeline.start();
    OrderPlaced order =
        OrderPlaced.of(
            ORDER,
            Instant.parse("2026-12-03T10:00:00Z"),
            List.of(
                new BookOrder(
                    BOOKS.get(0),
                    "satellite-adventure",
                    Purpose.PREVIEW,
                    new Personalisation("Ada", 48.8584, 2.2945)),
                new BookOrder(
                    BOOKS.get(1),
                    "satellite-adventure",
                    Purpose.PRINT,
                    new Personalisation("Kai", 35.6586, 139.7454))));
    // The web shop's own span: the order-placed message carries its traceparent.
    Span placing = Tracing.tracer().spanBuilder("web shop: place order").startSpan();
    try (Scope _ = placing.makeCurrent()) {
      new OrderClient(pipeline).place(order);
    } finally {
      placing.end();
    }
    PipelineEvents events = new PipelineEvents(pipeline);
    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ZERO)
        .until(
            () ->
                events.poll(1).stream()
                        .map(BookRendered::bookId)
                        .filter(BOOKS::contains)
                        .distinct()
                        .count()
                    == BOOKS.size());
    shop = named("web shop: place order").getFirst();
  }

  @AfterAll
  static void stop() {
    if (pipeline != null) {
      pipeline.close();
    }
    if (spans != null) {
      spans.close();
    }
  }

  @Test
  void eachBook_isOneTrace_fromIntakeToBookRendered_withNoOrphanSpan() {
    for (String book : BOOKS) {
      int pages = definition(book).dependencies().size();
      // Spans end after the work they time (a consumer's span after the handler returned), so
      // wait until every hop of the book has ended.
      await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertOneTrace(book, pages));
    }
  }

  @Test
  void theBooksTraces_differ_andEachIsLinkedToTheOrdersSpan_whoseParentIsTheWebShops() {
    SpanData sent = only(named("send " + Queues.ORDER_PLACED_NAME), shop.getTraceId());
    assertThat(sent.getParentSpanId()).isEqualTo(shop.getSpanId());
    SpanData intake = only(named("process " + Queues.ORDER_PLACED_NAME), shop.getTraceId());
    assertThat(intake.getParentSpanId()).isEqualTo(sent.getSpanId());

    Set<String> traces =
        BOOKS.stream().map(b -> bookSpan(b).getTraceId()).collect(Collectors.toSet());
    assertThat(traces).hasSize(BOOKS.size()).doesNotContain(shop.getTraceId());
    for (String book : BOOKS) {
      assertThat(bookSpan(book).getLinks())
          .singleElement()
          .satisfies(l -> assertThat(l.getSpanContext()).isEqualTo(intake.getSpanContext()));
    }
  }

  @Test
  void theDefinitionFile_carriesItsBooksTraceparent_forTheOpsConsole() {
    for (String book : BOOKS) {
      StoredObject file = pipeline.store().get(S3Layout.definition(book)).orElseThrow();
      String traceparent = file.metadata().get(TraceContext.TRACEPARENT);
      assertThat(traceparent).as(book).isNotNull();
      assertThat(traceparent.split("-")[1]).isEqualTo(bookSpan(book).getTraceId());
    }
  }

  private static void assertOneTrace(String book, int pages) {
    SpanData root = bookSpan(book);
    List<SpanData> trace =
        spans.ended().stream().filter(s -> s.getTraceId().equals(root.getTraceId())).toList();
    assertThat(root.getParentSpanContext().isValid()).as("the book span is the root").isFalse();

    Set<String> ids = trace.stream().map(SpanData::getSpanId).collect(Collectors.toSet());
    assertThat(trace)
        .as("every span's parent is in %s's trace", book)
        .allSatisfy(
            s -> {
              if (s != root) {
                assertThat(ids).as(s.getName()).contains(s.getParentSpanId());
              }
            });

    Map<String, Long> byName =
        trace.stream().collect(Collectors.groupingBy(SpanData::getName, Collectors.counting()));
    assertThat(
            trace.stream()
                .filter(s -> S3Layout.definition(book).equals(s.getAttributes().get(KEY)))
                .toList())
        .as("the intake's Definition File write")
        .singleElement()
        .satisfies(s -> assertThat(s.getParentSpanId()).isEqualTo(root.getSpanId()));
    assertThat(byName.get("send " + Queues.SATELLITE_PAGE_JOBS_NAME)).isEqualTo(pages);
    assertThat(byName.get("process " + Queues.SATELLITE_PAGE_JOBS_NAME))
        .as("each satellite page job at the imagery worker")
        .isGreaterThanOrEqualTo(pages);
    assertThat(byName.get("send " + Queues.IMAGERY_COMPLETED_NAME)).isGreaterThanOrEqualTo(pages);
    assertThat(byName.get("process " + Queues.IMAGERY_COMPLETED_NAME))
        .as("each completion at the coordinator")
        .isGreaterThanOrEqualTo(pages);
    assertThat(byName.get("send " + Queues.RENDER_JOBS_NAME)).isEqualTo(1);
    assertThat(byName.get("process " + Queues.RENDER_JOBS_NAME)).isGreaterThanOrEqualTo(1);
    assertThat(byName.get("send " + Queues.BOOK_RENDERED_NAME)).isEqualTo(1);
    // Every write of one of the book's objects — the intake's, the coordinator's markers (made on
    // forked threads), patched file and gate, the render worker's pages or PDF and gates — is in
    // the book's trace.
    List<SpanData> writes =
        spans.ended().stream()
            .filter(s -> s.getName().equals("S3.PutObject"))
            .filter(s -> S3Layout.bookOf(s.getAttributes().get(KEY)).equals(Optional.of(book)))
            .toList();
    assertThat(writes).allSatisfy(w -> assertThat(w.getTraceId()).isEqualTo(root.getTraceId()));
    Set<String> written =
        writes.stream().map(w -> w.getAttributes().get(KEY)).collect(Collectors.toSet());
    assertThat(written)
        .contains(
            S3Layout.definition(book),
            S3Layout.patchedDefinition(book, 1),
            S3Layout.renderDispatch(book, 1),
            S3Layout.renderedMarker(book, 1))
        .filteredOn(k -> k.startsWith(S3Layout.resolvedPrefix(book, 1)))
        .hasSize(pages);
    assertThat(trace)
        .filteredOn(s -> s.getKind() == SpanKind.CONSUMER)
        .as("every consumer continues its sender's span")
        .allSatisfy(
            c ->
                assertThat(trace)
                    .filteredOn(s -> s.getSpanId().equals(c.getParentSpanId()))
                    .singleElement()
                    .satisfies(p -> assertThat(p.getKind()).isEqualTo(SpanKind.PRODUCER)));
  }

  private static SpanData bookSpan(String book) {
    return spans.ended().stream()
        .filter(s -> s.getName().equals("book"))
        .filter(s -> book.equals(s.getAttributes().get(AttributeKey.stringKey(BookTraces.BOOK_ID))))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no book span for " + book));
  }

  private static List<SpanData> named(String name) {
    return spans.ended().stream().filter(s -> s.getName().equals(name)).toList();
  }

  private static SpanData only(List<SpanData> candidates, String traceId) {
    List<SpanData> inTrace =
        candidates.stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    assertThat(inTrace).hasSize(1);
    return inTrace.getFirst();
  }

  private static DefinitionFile definition(String book) {
    return Json.read(
        pipeline.store().get(S3Layout.definition(book)).orElseThrow().content(),
        DefinitionFile.class);
  }
}
