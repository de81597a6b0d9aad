package dev.satpage.producer.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.book.RenderFailure;
import dev.satpage.model.gate.GateMarker;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.status.BookState;
import dev.satpage.model.status.BookStatus;
import dev.satpage.model.status.BookStatusReader;
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
      new OrderIntake(
          new ProductCatalog(), store, new InMemoryJobQueue(), Clock.fixed(placed, ZoneOffset.UTC));

  StuckBookReport reportAt(Instant now) {
    return new StuckBookReport(
        store,
        new BookStatusReader(store),
        Clock.fixed(now, ZoneOffset.UTC),
        Duration.ofMinutes(15));
  }

  void order(String bookId) {
    intake.handle(
        OrderPlaced.of(
            "o-" + bookId,
            placed,
            List.of(
                new BookOrder(
                    bookId,
                    "satellite-adventure",
                    Purpose.PRINT,
                    new Personalisation("Ada", 51.5, 0.1)))));
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
  void renderedBook_isNotReported_andTheScanDropsItFromTheIndex() {
    order("b1");
    store.put(S3Layout.renderDispatch("b1", 1), new byte[] {1}, "application/json");
    store.put(
        S3Layout.renderedMarker("b1", 1),
        Json.writeBytes(new GateMarker(1, GateMarker.DONE, "w", placed, placed)),
        "application/json");

    assertThat(reportAt(placed.plus(Duration.ofHours(1))).scan().stuck()).isEmpty();
    assertThat(store.exists(S3Layout.pendingIndex("b1"))).isFalse();
  }

  @Test
  void bookWhoseRenderJobWasRefused_isBlockedWithTheReason_andReportedStuck() {
    order("b1");
    store.put(S3Layout.renderDispatch("b1", 1), new byte[] {1}, "application/json");
    store.put(
        S3Layout.renderFailedMarker("b1", 1),
        Json.writeBytes(
            new RenderFailure(
                1,
                "b1",
                1,
                "missing-object: book b1 dependency sat-home: print JPEG vanished",
                placed)),
        "application/json");

    StuckBookReport.Result result = reportAt(placed.plus(Duration.ofMinutes(16))).scan();

    assertThat(result.stuck())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.state()).isEqualTo(BookState.BLOCKED);
              assertThat(b.blocker())
                  .get()
                  .satisfies(
                      x -> {
                        assertThat(x.id()).isEqualTo("render");
                        assertThat(x.reason()).startsWith("missing-object");
                        assertThat(x.location()).isEqualTo("satpage-render-jobs-dlq");
                      });
            });
  }

  @Test
  void bookRenderingPastTheDeadline_isReportedToo() {
    order("b1");
    store.put(S3Layout.renderDispatch("b1", 1), new byte[] {1}, "application/json");

    assertThat(reportAt(placed.plus(Duration.ofMinutes(16))).scan().stuck())
        .extracting(BookStatus::state)
        .containsExactly(BookState.RENDERING);
  }

  @Test
  void stuckIsMeasuredFromAcceptance_notFromTheShopsPlacedAt() {
    Instant accepted = placed.plus(Duration.ofHours(2)); // the shop sent a two-hour-old order
    new OrderIntake(
            new ProductCatalog(),
            store,
            new InMemoryJobQueue(),
            Clock.fixed(accepted, ZoneOffset.UTC))
        .handle(
            OrderPlaced.of(
                "o-late",
                placed,
                List.of(
                    new BookOrder(
                        "late",
                        "satellite-adventure",
                        Purpose.PRINT,
                        new Personalisation("Ada", 51.5, 0.1)))));

    assertThat(reportAt(accepted.plusSeconds(5)).scan().stuck()).isEmpty();
    List<BookStatus> stuck = reportAt(accepted.plus(Duration.ofMinutes(16))).scan().stuck();
    assertThat(stuck).extracting(BookStatus::bookId).containsExactly("late");
    assertThat(stuck.getFirst().acceptedAt()).isEqualTo(accepted);
    assertThat(stuck.getFirst().placedAt()).isEqualTo(placed);
  }
}
