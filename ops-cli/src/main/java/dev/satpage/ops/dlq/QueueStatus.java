package dev.satpage.ops.dlq;

/**
 * Approximate message counts of one queue, as SQS reports them (eventually consistent, to within
 * seconds).
 */
public record QueueStatus(String name, long visible, long inFlight, long delayed) {
  public long total() {
    return visible + inFlight + delayed;
  }
}
