package dev.satpage.producer.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.testing.InMemoryJobQueue;
import dev.satpage.model.testing.InMemoryObjectStore;
import dev.satpage.producer.intake.OrderIntake;
import dev.satpage.producer.intake.ProductCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StuckBookReportTest {
  final InMemoryObjectStore store = new InMemoryObjectStore("bucket");
  final Instant placed = Instant.parse("2026-11-27T10:00:00Z");
  final OrderIntake intake =
      new OrderIntake(new ProductCatalog(), store, new InMemoryJobQueue(), Clock.fixed(placed, ZoneOffset.UTC));

  StuckBookReport reportAt(Instant now) {
    return new StuckBookReport(store, new BookStatusReader(store), Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(15));
  }

  void order(String bookId) {
    intake.handle(
        OrderPlaced.of(
            "o-" + bookId,
            placed,
            List.of(new BookOrder(bookId, "satellite-adventure", Purpose.PRINT, new Personalisation("Ada", 51.5, 0.1)))));
  }

  @Test
  void bookPendingPastTheDeadline_isReported_withWhatItMisses() {
    order("b1");
    store.put(S3Layout.resolvedMarker("b1", 1, "sat-area"), new byte[] {1}, "application/json");

    assertThat(reportAt(placed.plus(Duration.ofMinutes(10))).scan().stuck()).isEmpty();
    StuckBookReport.Result late = reportAt(placed.plus(Duration.ofMinutes(16))).scan();
    assertThat(late.stuck()).extracting(BookStatus::bookId).containsExactly("b1");
    assertThat(late.stuck().getFirst().missing()).containsExactly("sat-home");
    assertThat(late.byState()).containsEntry(BookState.PENDING, 1);
  }

  @Test
  void dispatchedBook_leavesTheIndex_andIsNotReported() {
    order("b1");
    store.delete(S3Layout.pendingIndex("b1")); // what the coordinator does after dispatching

    assertThat(reportAt(placed.plus(Duration.ofHours(1))).scan().stuck()).isEmpty();
  }

  @Test
  void stuckIsMeasuredFromAcceptance_notFromTheShopsPlacedAt() {
    Instant accepted = placed.plus(Duration.ofHours(2)); // the shop sent a two-hour-old order
    new OrderIntake(new ProductCatalog(), store, new InMemoryJobQueue(), Clock.fixed(accepted, ZoneOffset.UTC))
        .handle(OrderPlaced.of("o-late", placed, List.of(
            new BookOrder("late", "satellite-adventure", Purpose.PRINT, new Personalisation("Ada", 51.5, 0.1)))));

    assertThat(reportAt(accepted.plusSeconds(5)).scan().stuck()).isEmpty();
    List<BookStatus> stuck = reportAt(accepted.plus(Duration.ofMinutes(16))).scan().stuck();
    assertThat(stuck).extracting(BookStatus::bookId).containsExactly("late");
    assertThat(stuck.getFirst().acceptedAt()).isEqualTo(accepted);
    assertThat(stuck.getFirst().placedAt()).isEqualTo(placed);
  }
}
