package dev.satpage.e2e.demo;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a {@code ./satpage demo} run does; the command line is {@link DemoMain}'s.
 *
 * @param experiment run {@link ExperimentDemo}'s experiment beside the live path and write its
 *     report
 */
record DemoOptions(int books, Path outDir, Duration timeout, boolean experiment) {
  static final int DEFAULT_BOOKS = 6;

  /** More books than this is a load test: {@code ./satpage load}. */
  static final int MAX_BOOKS = 200;

  DemoOptions {
    if (books < 1 || books > MAX_BOOKS || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("books within 1.." + MAX_BOOKS + ", timeout > 0");
    }
  }
}
