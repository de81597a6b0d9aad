package dev.satpage.imagery.experiment;

import java.time.Clock;

/**
 * A budget of provider requests per clock hour (UTC), for one process: a comparison takes its
 * planned requests at once, or none and is skipped. Thread-safe; the clock is injected.
 */
public final class CallBudget {
  private final int perHour;
  private final Clock clock;
  private long hour = Long.MIN_VALUE;
  private int used;

  public CallBudget(int perHour, Clock clock) {
    if (perHour < 1) {
      throw new IllegalArgumentException("a budget needs at least one call: " + perHour);
    }
    this.perHour = perHour;
    this.clock = clock;
  }

  /** Takes {@code calls} from this hour's budget if they all fit; otherwise takes nothing. */
  public synchronized boolean tryTake(int calls) {
    long now = Math.floorDiv(clock.instant().getEpochSecond(), 3600);
    if (now != hour) {
      hour = now;
      used = 0;
    }
    if (calls > perHour - used) {
      return false;
    }
    used += calls;
    return true;
  }
}
