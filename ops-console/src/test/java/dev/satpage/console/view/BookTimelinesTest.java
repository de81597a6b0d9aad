package dev.satpage.console.view;

import static dev.satpage.model.testing.Books.aBook;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.testing.InMemoryObjectStore;
import dev.satpage.ops.book.BookInspector;
import dev.satpage.ops.dlq.DeadLetters;
import dev.satpage.ops.dlq.InMemoryOpsQueues;
import dev.satpage.ops.dlq.Peek;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BookTimelinesTest {
  static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

  final InMemoryObjectStore store = new InMemoryObjectStore("bucket");
  final InMemoryOpsQueues queues = new InMemoryOpsQueues(Clock.systemUTC());
  final BookTimelines timelines =
      new BookTimelines(store, new BookInspector(store, new Peek(queues), Queues.ALL, 10));

  BookTimelinesTest() {
    Queues.ALL.forEach(q -> queues.create(q.name(), q.deadLetterName()));
  }

  @Test
  void blockedBook_timelineInTimeOrder_withReason_deadLetter_andPreviewOfTheMadePage() {
    DefinitionFile book = aBook().withId("b1").withOrderId("o1").withSatellitePages(2).build();
    new BookObjects(store, book)
        .definition(Map.of())
        .accepted(T0.plusSeconds(1), T0)
        .failed("sat-2", "imagery-corrupt", T0.plusSeconds(9))
        .resolved("sat-1", T0.plusSeconds(4));
    queues.send(
        Queues.SATELLITE_PAGE_JOBS.deadLetterName(),
        DeadLetters.aDeadLetter().forBook("b1").withReason("imagery-corrupt").asCopy());

    BookView v = timelines.read("b1").orElseThrow();

    assertThat(v.report().state()).isEqualTo("BLOCKED");
    assertThat(v.timeline())
        .extracting(TimelineEvent::step)
        .containsExactly(
            "order placed", "accepted", "satellite page sat-1", "satellite page sat-2 failed");
    assertThat(v.timeline().get(0).sincePrevious()).isNull();
    assertThat(v.timeline().get(3).sincePrevious()).isEqualTo(Duration.ofSeconds(5));
    assertThat(v.timeline().get(3).detail()).isEqualTo("imagery-corrupt");
    assertThat(v.satellitePreviewKeys()).containsExactly("imagery/b1/sat-1/preview.jpg");
    assertThat(v.report().deadLetters())
        .singleElement()
        .satisfies(h -> assertThat(h.reason()).startsWith("imagery-corrupt"));
    assertThat(v.patchedDefinitionJson()).isNull();
    assertThat(v.definitionJson()).contains("\"bookId\":\"b1\"");
    assertThat(v.traceId()).isNull();
  }

  @Test
  void renderedBook_gatesInTheTimeline_renderedPages_andTheTraceIdFromTheDefinitionsMetadata() {
    DefinitionFile book = aBook().withId("b2").withSatellitePages(1).build();
    new BookObjects(store, book)
        .definition(
            Map.of(
                BookTimelines.TRACEPARENT,
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
        .resolved("sat-1", T0.plusSeconds(3))
        .dispatched(T0.plusSeconds(4), T0.plusSeconds(5))
        .rendered(T0.plusSeconds(6), T0.plusSeconds(20));

    BookView v = timelines.read("b2").orElseThrow();

    assertThat(v.report().state()).isEqualTo("READY");
    assertThat(v.timeline())
        .extracting(TimelineEvent::step)
        .containsExactly(
            "satellite page sat-1",
            "fan-in complete, render job claimed",
            "fan-in complete, render job done",
            "rendered claimed",
            "rendered done");
    assertThat(v.renderedPageKeys()).containsExactly("books/b2/v1/pages/p01-title.jpg");
    assertThat(v.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
  }

  @Test
  void refusedRenderJob_isInTheTimeline() {
    DefinitionFile book = aBook().withId("b3").withSatellitePages(1).build();
    new BookObjects(store, book)
        .definition(Map.of())
        .resolved("sat-1", T0)
        .dispatched(T0.plusSeconds(1), T0.plusSeconds(1))
        .renderRefused("missing-object", T0.plusSeconds(7));

    BookView v = timelines.read("b3").orElseThrow();

    assertThat(v.report().state()).isEqualTo("BLOCKED");
    assertThat(v.timeline().getLast().step()).isEqualTo("render job refused");
    assertThat(v.timeline().getLast().detail()).isEqualTo("missing-object");
  }

  @Test
  void unknownBook_isEmpty() {
    assertThat(timelines.read("nope")).isEmpty();
  }

  @Test
  void traceId_onlyFromAWellFormedTraceparent() {
    assertThat(BookTimelines.traceId("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
        .isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(BookTimelines.traceId("garbage")).isNull();
    assertThat(BookTimelines.traceId("00-XYZ-00f067aa0ba902b7-01")).isNull();
    assertThat(BookTimelines.traceId(null)).isNull();
  }
}
