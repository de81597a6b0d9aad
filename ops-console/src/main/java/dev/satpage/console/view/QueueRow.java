package dev.satpage.console.view;

import java.time.Instant;
import java.util.Map;

/**
 * One queue on the overview: its approximate counts; for a DLQ also the oldest message's send time
 * and the count of each failure reason, both from the sample read ({@code sampled} messages);
 * {@code missing} when the queue does not exist at this endpoint.
 */
public record QueueRow(
    String name,
    boolean deadLetterQueue,
    long visible,
    long inFlight,
    long delayed,
    Instant oldestSentAt,
    Map<String, Integer> reasons,
    int sampled,
    boolean missing) {
  public QueueRow {
    reasons = Map.copyOf(reasons);
  }
}
