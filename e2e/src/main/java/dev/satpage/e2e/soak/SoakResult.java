package dev.satpage.e2e.soak;

import dev.satpage.e2e.load.RunResult;
import java.util.List;
import java.util.Map;

/** What a soak measured and concluded; serialised as JSON next to the markdown and the chart. */
public record SoakResult(
    double minutes,
    double offeredRatePerSecond,
    int imageryWorkers,
    RunResult load,
    List<MemorySample> memory,
    Map<String, Long> queueDepthAtEnd,
    List<MemoryTrend> trends,
    List<String> violations) {

  /** One process's memory from the first quarter of the run to the last. */
  public record MemoryTrend(
      String process,
      double liveHeapFirstMiB,
      double liveHeapLastMiB,
      double rssFirstMiB,
      double rssLastMiB,
      boolean flat) {}
}
