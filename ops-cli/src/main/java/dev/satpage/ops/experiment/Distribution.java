package dev.satpage.ops.experiment;

import java.util.Arrays;
import java.util.Collection;

/**
 * Nearest-rank percentiles of a set of whole numbers (milliseconds, bytes): the same definition as
 * the demo's and the load report's summaries.
 */
public record Distribution(int count, long p50, long p95, long p99, long max) {
  /** The distribution of {@code values}; all zero when there are none. */
  public static Distribution of(Collection<Long> values) {
    long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return new Distribution(
        sorted.length,
        rank(sorted, 50),
        rank(sorted, 95),
        rank(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
  }

  /** The {@code p}-th percentile (0 < p ≤ 100) by nearest rank of ascending {@code sorted}. */
  static long rank(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
