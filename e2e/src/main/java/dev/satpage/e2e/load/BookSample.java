package dev.satpage.e2e.load;

import dev.satpage.model.book.Purpose;
import java.time.Duration;
import java.time.Instant;

/**
 * When one book passed each point, from the driver's clock (placed) and the state the pipeline
 * left: the latest {@code resolved/} marker's completion time, the render-dispatch gate, and the
 * {@code book-rendered} event. All processes share this machine's clock.
 */
public record BookSample(
    String bookId,
    Purpose purpose,
    Instant placedAt,
    Instant lastCompletionAt,
    Instant dispatchedAt,
    Instant renderedAt) {

  public Duration orderToDispatched() {
    return Duration.between(placedAt, dispatchedAt);
  }

  public Duration orderToReady() {
    return Duration.between(placedAt, renderedAt);
  }

  /** Last imagery completion → render job dispatched: the coordinator's fan-in latency. */
  public Duration fanIn() {
    return Duration.between(lastCompletionAt, dispatchedAt);
  }
}
