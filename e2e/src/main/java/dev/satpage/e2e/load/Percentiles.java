package dev.satpage.e2e.load;

import java.time.Duration;
import java.util.List;

/** Nearest-rank percentiles of durations (the demo's summary and the load report). */
public final class Percentiles {
  private Percentiles() {}

  /** The {@code p}-th percentile (0 < p ≤ 100) of {@code values}; zero when there are none. */
  public static Duration of(List<Duration> values, double p) {
    if (values.isEmpty()) {
      return Duration.ZERO;
    }
    List<Duration> sorted = values.stream().sorted().toList();
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  /** {@link #of} in milliseconds. */
  public static long millis(List<Duration> values, double p) {
    return of(values, p).toMillis();
  }

  /** p50, p90, p99 and max of {@code values}. */
  public static Summary summary(List<Duration> values) {
    return new Summary(
        values.size(),
        millis(values, 50),
        millis(values, 90),
        millis(values, 99),
        millis(values, 100));
  }

  /** Latency summary of one measured interval. */
  public record Summary(int count, long p50Ms, long p90Ms, long p99Ms, long maxMs) {}
}
