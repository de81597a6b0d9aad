package dev.satpage.console.view;

import static dev.satpage.model.testing.Books.aBook;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.status.BookState;
import dev.satpage.model.testing.InMemoryObjectStore;
import dev.satpage.model.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BookBoardTest {
  static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

  final InMemoryObjectStore store = new InMemoryObjectStore("bucket");
  final MutableClock clock = new MutableClock(T0);
  final BookBoard board = new BookBoard(store, clock, 10, Duration.ofMinutes(15));

  @Test
  void unfinishedBooks_byState_blockedWithItsReason_stuckAfterTheThreshold() {
    new BookObjects(store, aBook().withId("p1").withSatellitePages(1).build())
        .definition(Map.of())
        .accepted(T0, T0);
    new BookObjects(store, aBook().withId("x1").withSatellitePages(1).build())
        .definition(Map.of())
        .accepted(T0.plusSeconds(60), T0)
        .failed("sat-1", "imagery-corrupt", T0.plusSeconds(70));
    clock.advance(Duration.ofMinutes(15).plusSeconds(30));

    BookBoard.Snapshot s = board.refresh();

    assertThat(s.count(BookState.PENDING)).isOne();
    assertThat(s.count(BookState.BLOCKED)).isOne();
    assertThat(s.stuck()).isOne(); // p1 is 15.5 min old, x1 only 14.5
    assertThat(s.unfinished())
        .filteredOn(r -> r.bookId().equals("x1"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.blocker())
                    .isEqualTo("sat-1: imagery-corrupt (satpage-satellite-page-jobs-dlq)"));
    assertThat(s.renderedInWindow()).isEmpty();
    assertThat(s.medianLatency()).isNull();
  }

  @Test
  void aBookSeenUnfinished_thatRendered_countsInTheWindow_withItsLatency_untilTheWindowEnds() {
    BookObjects book =
        new BookObjects(store, aBook().withId("r1").withSatellitePages(1).build())
            .definition(Map.of())
            .accepted(T0, T0);
    assertThat(board.refresh().count(BookState.PENDING)).isOne();

    book.resolved("sat-1", T0.plusSeconds(5))
        .dispatched(T0.plusSeconds(6), T0.plusSeconds(6))
        .rendered(T0.plusSeconds(7), T0.plusSeconds(40)); // also removes the index entry
    clock.advance(Duration.ofMinutes(1));
    BookBoard.Snapshot s = board.refresh();

    assertThat(s.unfinished()).isEmpty();
    assertThat(s.renderedInWindow())
        .containsExactly(
            new BookBoard.RenderedBook("r1", T0.plusSeconds(40), Duration.ofSeconds(40)));
    assertThat(s.medianLatency()).isEqualTo(Duration.ofSeconds(40));
    assertThat(s.maxLatency()).isEqualTo(Duration.ofSeconds(40));
    assertThat(board.refresh().renderedInWindow()).hasSize(1); // counted once

    clock.advance(BookBoard.WINDOW);
    assertThat(board.refresh().renderedInWindow()).isEmpty();
  }

  @Test
  void readsAtMostTheScanLimit_andSaysTheIndexWasTruncated() {
    BookBoard small = new BookBoard(store, clock, 2, Duration.ofMinutes(15));
    for (int i = 0; i < 3; i++) {
      new BookObjects(store, aBook().withId("b" + i).withSatellitePages(1).build())
          .definition(Map.of())
          .accepted(T0, T0);
    }
    BookBoard.Snapshot s = small.refresh();
    assertThat(s.unfinished()).hasSize(2);
    assertThat(s.indexTruncated()).isTrue();
  }
}
