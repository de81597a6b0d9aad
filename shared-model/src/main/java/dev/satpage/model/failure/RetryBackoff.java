package dev.satpage.model.failure;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter as a pure function of the attempt number: the wait before
 * attempt {@code n+1} is uniform in [0, min(max, base × 2^(n-1))]. Used for in-process retries and,
 * with the SQS receive count, for the visibility timeout of a message that failed transiently.
 * https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 */
public record RetryBackoff(Duration base, Duration max) {
  public static final RetryBackoff DEFAULT_VISIBILITY =
      new RetryBackoff(Duration.ofSeconds(2), Duration.ofMinutes(5));

  public RetryBackoff {
    if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
      throw new IllegalArgumentException("need 0 < base <= max, got base " + base + ", max " + max);
    }
  }

  /** The wait after failed attempt {@code attempt} (1-based). */
  public Duration delay(int attempt, RandomGenerator random) {
    int shift = Math.max(0, Math.min(attempt - 1, 30));
    long ceiling = Math.min(max.toMillis(), base.toMillis() << shift);
    return Duration.ofMillis(random.nextLong(ceiling + 1));
  }
}
