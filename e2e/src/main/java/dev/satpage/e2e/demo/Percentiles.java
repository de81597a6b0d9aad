package dev.satpage.e2e.demo;

import java.time.Duration;
import java.util.List;

/** Nearest-rank percentiles of durations. */
final class Percentiles {
  private Percentiles() {}

  static Duration of(List<Duration> values, double percentile) {
    if (values.isEmpty()) {
      return Duration.ZERO;
    }
    List<Duration> sorted = values.stream().sorted().toList();
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  static String format(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.2f s", d.toMillis() / 1000.0);
  }
}
