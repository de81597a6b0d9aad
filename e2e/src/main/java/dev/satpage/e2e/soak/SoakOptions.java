package dev.satpage.e2e.soak;

import dev.satpage.e2e.load.LoadOptions;
import java.nio.file.Path;
import java.time.Duration;

/** {@code ./satpage soak} options; see {@link #USAGE}. */
public record SoakOptions(Duration length, double rate, int imageryWorkers, Duration sampleEvery, Path out,
    int printEvery) {
  public static final Duration DEFAULT_LENGTH = Duration.ofMinutes(60);
  public static final Duration DEFAULT_SAMPLE_EVERY = Duration.ofMinutes(1);
  public static final String USAGE = "usage: soak --rate BOOKS_PER_S [--minutes M (60)] [--imagery-workers N (1)] "
      + "[--sample-seconds S (60)] [--print-every K (3)] [--out DIR (out/soak)]";

  public SoakOptions {
    if (length.isNegative() || length.isZero() || !(rate > 0) || imageryWorkers < 1 || imageryWorkers > 8
        || sampleEvery.toSeconds() < 1 || printEvery < 0) {
      throw new IllegalArgumentException("minutes > 0, rate > 0, imagery-workers within 1..8, sample-seconds ≥ 1");
    }
  }

  /** Books placed over the whole run at the rate. */
  public int books() {
    return (int) Math.max(1, Math.round(rate * length.toSeconds()));
  }

  public static SoakOptions parse(String... args) {
    Duration length = DEFAULT_LENGTH;
    Double rate = null;
    int workers = 1;
    Duration sample = DEFAULT_SAMPLE_EVERY;
    int printEvery = LoadOptions.DEFAULT_PRINT_EVERY;
    Path out = Path.of("out", "soak");
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + name);
      }
      String value = args[++i];
      try {
        switch (name) {
          case "--minutes" -> length = Duration.ofSeconds(Math.round(Double.parseDouble(value) * 60));
          case "--rate" -> rate = Double.parseDouble(value);
          case "--imagery-workers" -> workers = Integer.parseInt(value);
          case "--sample-seconds" -> sample = Duration.ofSeconds(Long.parseLong(value));
          case "--print-every" -> printEvery = Integer.parseInt(value);
          case "--out" -> out = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " needs a number, got " + value);
      }
    }
    if (rate == null) {
      throw new IllegalArgumentException("--rate is required: half the measured throughput (docs/benchmarks.md)");
    }
    return new SoakOptions(length, rate, workers, sample, out, printEvery);
  }
}
