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
    Map<String, ProcStats> processes) {

  /** CPU seconds of every process together. */
  public double totalCpuSeconds() {
    return processes.values().stream().mapToDouble(ProcStats::cpuSeconds).sum();
  }
}
