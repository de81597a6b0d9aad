package dev.satpage.producer.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at {@code perSecond}. A
 * refused request learns how long until a token is back, rounded up to whole seconds for {@code
 * Retry-After} (RFC 9110 §10.2.3). Buckets exist only for authenticated clients, so their number is
 * bounded by the configuration.
 */
public final class RateLimiter {
  private final double perSecond;
  private final int burst;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(double perSecond, int burst, Clock clock) {
    if (!(perSecond > 0) || burst < 1) {
      throw new IllegalArgumentException(
          "rate limit needs perSecond > 0 and burst >= 1, got " + perSecond + "/" + burst);
    }
    this.perSecond = perSecond;
    this.burst = burst;
    this.clock = clock;
  }

  /**
   * Takes a token for the client: empty if allowed, else how long to wait (at least one second).
   */
  public java.util.Optional<Duration> acquire(String clientId) {
    return buckets.computeIfAbsent(clientId, id -> new Bucket(burst, nanos())).take();
  }

  private long nanos() {
    java.time.Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  private final class Bucket {
    private double tokens;
    private long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }

    synchronized java.util.Optional<Duration> take() {
      long now = nanos();
      tokens = Math.min(burst, tokens + Math.max(0, now - at) / 1e9 * perSecond);
      at = now;
      if (tokens >= 1) {
        tokens -= 1;
        return java.util.Optional.empty();
      }
      long seconds = (long) Math.ceil((1 - tokens) / perSecond);
      return java.util.Optional.of(Duration.ofSeconds(Math.max(1, seconds)));
    }
  }
}
