package dev.satpage.e2e.load;

import dev.satpage.e2e.process.ProcStats;
import java.util.Map;

/** What one load run measured; serialised as JSON next to the markdown table. */
public record RunResult(
    String label,
    int imageryWorkers,
    double offeredRatePerSecond,
    int booksOrdered,
    int booksRendered,
    int duplicateRenders,
    double wallSeconds,
    double booksPerSecond,
    Percentiles.Summary orderToDispatched,
    Percentiles.Summary orderToPreviewReady,
    Percentiles.Summary orderToPrintReady,
    Percentiles.Summary fanIn,
    Map<String, ProcStats> processes,
    Map<String, Map<String, Long>> awsCalls) {

  /** Without request counts (set later by {@link #withAwsCalls}). */
  public RunResult(
      String label,
      int imageryWorkers,
      double offeredRatePerSecond,
      int booksOrdered,
      int booksRendered,
      int duplicateRenders,
      double wallSeconds,
      double booksPerSecond,
      Percentiles.Summary orderToDispatched,
      Percentiles.Summary orderToPreviewReady,
      Percentiles.Summary orderToPrintReady,
      Percentiles.Summary fanIn,
      Map<String, ProcStats> processes) {
    this(
        label,
        imageryWorkers,
        offeredRatePerSecond,
        booksOrdered,
        booksRendered,
        duplicateRenders,
        wallSeconds,
        booksPerSecond,
        orderToDispatched,
        orderToPreviewReady,
        orderToPrintReady,
        fanIn,
        processes,
        Map.of());
  }

  /** This result with each component's S3 and SQS requests during the run ({@link AwsCalls}). */
  public RunResult withAwsCalls(Map<String, Map<String, Long>> calls) {
    return new RunResult(
        label,
        imageryWorkers,
        offeredRatePerSecond,
        booksOrdered,
        booksRendered,
        duplicateRenders,
        wallSeconds,
        booksPerSecond,
        orderToDispatched,
        orderToPreviewReady,
        orderToPrintReady,
        fanIn,
        processes,
        calls);
  }

  /** CPU seconds of every process together. */
  public double totalCpuSeconds() {
    return processes.values().stream().mapToDouble(ProcStats::cpuSeconds).sum();
  }
}
