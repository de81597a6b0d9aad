package dev.satpage.e2e.beforeafter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a {@code ./satpage before-after} run does; the command line is {@link BeforeAfterMain}'s.
 *
 * @param concurrency the steps: clients at once, one step per value, in this order
 * @param step how long each step sends requests
 * @param warmup requests at 2 clients before the first step of each architecture, not counted
 * @param satelliteShare the share of requests that are satellite pages
 * @param timeout a request slower than this is an error, answered or not
 * @param providerLatency what the imagery simulator waits before every response
 * @param imageryPool stand-in images per size the simulator serves (ImagerySimulator#usePool)
 * @param pin pin the render service to CPU 0 and the imagery worker to CPU 1 (taskset)
 */
public record BeforeAfterOptions(
    List<Integer> concurrency,
    Duration step,
    Duration warmup,
    double satelliteShare,
    Duration timeout,
    Duration providerLatency,
    int imageryPool,
    boolean pin,
    Path out) {
  public static final String DEFAULT_CONCURRENCY = "1,2,4,8,16";
  public static final int DEFAULT_STEP_SECONDS = 20;
  public static final int DEFAULT_WARMUP_SECONDS = 10;

  /** One request in four is a satellite page: the sample book has one per three pages, and more. */
  public static final double DEFAULT_SATELLITE_SHARE = 0.25;

  /** The request timeout: a client (the web shop) gives up after this long. */
  public static final int DEFAULT_TIMEOUT_SECONDS = 10;

  /** A distant provider's answer time, added to every simulator response. */
  public static final int DEFAULT_PROVIDER_LATENCY_MS = 100;

  public BeforeAfterOptions {
    concurrency = List.copyOf(concurrency);
    if (concurrency.isEmpty()
        || concurrency.stream().anyMatch(c -> c < 1 || c > 256)
        || step.isZero()
        || step.isNegative()
        || warmup.isNegative()
        || !(satelliteShare > 0 && satelliteShare < 1)
        || timeout.isZero()
        || timeout.isNegative()
        || providerLatency.isNegative()
        || imageryPool < 0) {
      throw new IllegalArgumentException(
          "concurrency within 1..256, step > 0, warm-up ≥ 0, satellite share within (0, 1), "
              + "timeout > 0, provider latency ≥ 0, imagery pool ≥ 0");
    }
  }
}
