package dev.satpage.e2e.chaos;

import java.util.Map;

/**
 * What a chaos run did and found: the faults injected and the verdicts before and after the DLQ
 * replay.
 */
public record ChaosReport(
    int booksOrdered,
    int duplicateOrders,
    Map<String, Integer> kills,
    int s3Restarts,
    long simulatorRequests,
    Map<String, Long> dlqByReason,
    int replayed,
    Verdict beforeReplay,
    Verdict afterReplay,
    double wallSeconds,
    String monkeyFailure) {

  public boolean ok() {
    return beforeReplay.ok() && afterReplay.ok() && monkeyFailure == null;
  }

  public String text() {
    return "chaos: "
        + booksOrdered
        + " books ordered ("
        + duplicateOrders
        + " orders delivered twice), kills "
        + kills
        + ", S3 restarts "
        + s3Restarts
        + ", simulator requests "
        + simulatorRequests
        + ", "
        + Math.round(wallSeconds)
        + " s\n"
        + "chaos: DLQ before replay by reason "
        + dlqByReason
        + "; replayed "
        + replayed
        + "\n"
        + "chaos: before replay: "
        + beforeReplay.counts()
        + "\n"
        + "chaos: after replay:  "
        + afterReplay.counts()
        + "\n"
        + (monkeyFailure == null ? "" : "chaos: " + monkeyFailure + "\n")
        + String.join(
            "\n",
            beforeReplay.violations().stream().map(v -> "VIOLATION (before replay): " + v).toList())
        + (beforeReplay.ok() ? "" : "\n")
        + String.join(
            "\n",
            afterReplay.violations().stream().map(v -> "VIOLATION (after replay): " + v).toList())
        + "\nchaos: "
        + (ok()
            ? "OK: every book rendered exactly once, none from an unresolved dependency"
            : "FAILED");
  }
}
