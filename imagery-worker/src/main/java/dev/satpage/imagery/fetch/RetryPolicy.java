package dev.satpage.imagery.fetch;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * In-process retries of one provider request: at most {@code maxAttempts} attempts, waiting a "full
 * jitter" exponential backoff between them (uniform in [0, min(maxDelay, baseDelay *
 * 2^(attempt-1))]); see https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/ .
 * Longer waits are left to SQS redelivery.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
  public static final int DEFAULT_MAX_ATTEMPTS = 4;
  public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(200);
  public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(5);

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException(
          "need 0 <= baseDelay <= maxDelay: " + baseDelay + ", " + maxDelay);
    }
  }

  public static RetryPolicy defaults() {
    return new RetryPolicy(DEFAULT_MAX_ATTEMPTS, DEFAULT_BASE_DELAY, DEFAULT_MAX_DELAY);
  }

  /**
   * The wait after failed attempt {@code attempt} (1-based): a pure function of the attempt and the
   * random draw.
   */
  public Duration backoff(int attempt, RandomGenerator random) {
    long capMillis = maxDelay.toMillis();
    long exp = baseDelay.toMillis() << Math.min(attempt - 1, 30);
    long ceiling = exp < 0 ? capMillis : Math.min(capMillis, exp);
    return Duration.ofMillis(random.nextLong(ceiling + 1));
  }
}
