package dev.satpage.imagery.fetch;

import java.time.Duration;

/** Waits between retries; a seam so tests do not sleep. */
@FunctionalInterface
public interface Sleeper {
  Sleeper SYSTEM = duration -> Thread.sleep(duration);

  void sleep(Duration duration) throws InterruptedException;
}
