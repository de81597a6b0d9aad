package dev.satpage.e2e.load;

import java.time.Duration;
import java.util.List;

/** Nearest-rank percentiles, in milliseconds. */
public final class Percentiles {
  private Percentiles() {}

  /** The {@code p}-th percentile (0 < p ≤ 100) of {@code values}; 0 when there are none. */
  public static long millis(List<Duration> values, double p) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Long> sorted = values.stream().map(Duration::toMillis).sorted().toList();
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  /** p50, p90, p99 and max of {@code values}. */
  public static Summary summary(List<Duration> values) {
    return new Summary(values.size(), millis(values, 50), millis(values, 90), millis(values, 99), millis(values, 100));
  }

  /** Latency summary of one measured interval. */
  public record Summary(int count, long p50Ms, long p90Ms, long p99Ms, long maxMs) {}
}
