package dev.satpage.ops.dlq;

/** Told about each message as a replay goes, for a progress display. */
public interface ReplayProgress {
  ReplayProgress NONE = (m, outcome, soFar) -> {};

  /**
   * {@code outcome} is {@code moved}, {@code would-move}, {@code held}, {@code skipped} or {@code
   * failed: …}.
   */
  void on(DeadLetter message, String outcome, ReplaySummary soFar);
}
