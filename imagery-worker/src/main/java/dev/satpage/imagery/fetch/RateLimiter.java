package dev.satpage.imagery.fetch;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket: at most {@code permitsPerSecond} requests per second on average, bursts up to
 * {@code burst}. The clock and the sleeper are injected so tests neither wait nor depend on timing.
 */
public final class RateLimiter {
  private final double permitsPerNano;
  private final double burst;
  private final LongSupplier nanoClock;
  private final Sleeper sleeper;
  private double tokens;
  private long last;

  public RateLimiter(double permitsPerSecond, int burst, LongSupplier nanoClock, Sleeper sleeper) {
    if (!(permitsPerSecond > 0) || burst < 1) {
      throw new IllegalArgumentException(
          "need a positive rate and burst: " + permitsPerSecond + ", " + burst);
    }
    this.permitsPerNano = permitsPerSecond / 1e9;
    this.burst = burst;
    this.nanoClock = nanoClock;
    this.sleeper = sleeper;
    this.tokens = burst;
    this.last = nanoClock.getAsLong();
  }

  /**
   * Takes one permit if the bucket holds one now, without waiting: for work that is dropped, not
   * delayed, when over its rate (an experiment's comparisons).
   */
  public synchronized boolean tryAcquire() {
    long now = nanoClock.getAsLong();
    tokens = Math.min(burst, tokens + (now - last) * permitsPerNano);
    last = now;
    if (tokens < 1) {
      return false;
    }
    tokens -= 1;
    return true;
  }

  /** Takes one permit, waiting for it if the bucket is empty. */
  public void acquire() throws InterruptedException {
    long waitNanos;
    synchronized (this) {
      long now = nanoClock.getAsLong();
      tokens = Math.min(burst, tokens + (now - last) * permitsPerNano);
      last = now;
      tokens -=
          1; // reserve now (possibly going negative), so concurrent callers queue up behind each
      // other
      waitNanos = tokens >= 0 ? 0 : (long) Math.ceil(-tokens / permitsPerNano);
    }
    if (waitNanos > 0) {
      sleeper.sleep(Duration.ofNanos(waitNanos));
    }
  }
}
