package dev.satpage.ops.dlq;

import java.util.function.LongSupplier;

/**
 * Spaces actions at most {@code perSecond} a second ({@code --rate}); 0 means no limit. Time and
 * sleeping are injected so tests need not wait.
 */
public final class Pacer {
  /** Sleeps for the given nanoseconds. */
  public interface Sleeper {
    void sleepNanos(long nanos) throws InterruptedException;
  }

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private long next = Long.MIN_VALUE;

  public Pacer(double perSecond, LongSupplier nanoTime, Sleeper sleeper) {
    if (perSecond < 0 || Double.isNaN(perSecond)) {
      throw new IllegalArgumentException("rate must be >= 0: " + perSecond);
    }
    this.intervalNanos = perSecond == 0 ? 0 : (long) (1_000_000_000L / perSecond);
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  public static Pacer system(double perSecond) {
    return new Pacer(
        perSecond, System::nanoTime, n -> Thread.sleep(n / 1_000_000, (int) (n % 1_000_000)));
  }

  /** Waits until the next action may start. */
  public void await() {
    if (intervalNanos == 0) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (next != Long.MIN_VALUE && now < next) {
      try {
        sleeper.sleepNanos(next - now);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while pacing", e);
      }
      now = next;
    }
    next = now + intervalNanos;
  }
}
