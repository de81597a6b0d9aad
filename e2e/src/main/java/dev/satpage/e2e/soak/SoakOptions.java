package dev.satpage.e2e.soak;

import dev.satpage.e2e.cli.Converters;
import java.nio.file.Path;
import java.time.Duration;

/** What a {@code ./satpage soak} run does; the command line is {@link SoakMain}'s. */
public record SoakOptions(
    Duration length,
    double rate,
    int imageryWorkers,
    Duration sampleEvery,
    Path out,
    int printEvery) {
  public SoakOptions {
    if (length.isNegative()
        || length.isZero()
        || !(rate > 0)
        || imageryWorkers < 1
        || imageryWorkers > Converters.MAX_IMAGERY_WORKERS
        || sampleEvery.toSeconds() < 1
        || printEvery < 0) {
      throw new IllegalArgumentException(
          "minutes > 0, rate > 0, imagery-workers within 1..8, sample-seconds ≥ 1");
    }
  }

  /** Books placed over the whole run at the rate. */
  public int books() {
    return (int) Math.max(1, Math.round(rate * length.toSeconds()));
  }
}
