package dev.satpage.e2e.chaos;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A chaos run's knobs. {@code visibilitySeconds} > 0 shortens the work queues' visibility timeout
 * (and the stale-claim takeovers with it) so that the messages a killed consumer held come back
 * within a short run; 0 keeps the production values (up to 120 s), which only a longer run can wait
 * out. The provider fault rates ({@code errorRate}, {@code timeoutRate}, {@code corruptRate}) are
 * per satellite page: a page of the default plan is some 56 tile requests, and ChaosRun spreads
 * each rate over them ({@link ChaosRun#perRequest}). The command line is {@link ChaosMain}'s.
 */
public record ChaosOptions(
    int books,
    double rate,
    Duration killEveryMin,
    Duration killEveryMax,
    Duration chaosWindow,
    double duplicateShare,
    double errorRate,
    double timeoutRate,
    double corruptRate,
    int visibilitySeconds,
    long seed,
    Path out,
    Duration quiesceTimeout) {
  public ChaosOptions {
    if (books < 1
        || rate <= 0
        || killEveryMin.compareTo(killEveryMax) > 0
        || visibilitySeconds < 0) {
      throw new IllegalArgumentException(
          "books ≥ 1, rate > 0, kill interval min ≤ max, visibility ≥ 0");
    }
  }

  /**
   * The default run: 120 books over 2 minutes, kills for 3 minutes, production visibility timeouts.
   */
  public static ChaosOptions standard(long seed) {
    return new ChaosOptions(
        120,
        1.0,
        Duration.ofSeconds(15),
        Duration.ofSeconds(40),
        Duration.ofMinutes(3),
        0.1,
        0.05,
        0.02,
        0.02,
        0,
        seed,
        Path.of("out", "chaos"),
        Duration.ofMinutes(8));
  }

  /** The CI run (≤ ~3 min): 14 books over 35 s, a kill every 6–10 s for 45 s, 30 s visibility. */
  public static ChaosOptions shortRun(long seed) {
    return new ChaosOptions(
        14,
        0.4,
        Duration.ofSeconds(6),
        Duration.ofSeconds(10),
        Duration.ofSeconds(45),
        0.2,
        0.05,
        0.03,
        0.03,
        30,
        seed,
        Path.of("out", "chaos"),
        Duration.ofMinutes(3));
  }

  public ChaosOptions withBooks(int n) {
    return new ChaosOptions(
        n,
        rate,
        killEveryMin,
        killEveryMax,
        chaosWindow,
        duplicateShare,
        errorRate,
        timeoutRate,
        corruptRate,
        visibilitySeconds,
        seed,
        out,
        quiesceTimeout);
  }

  public ChaosOptions withRate(double r) {
    return new ChaosOptions(
        books,
        r,
        killEveryMin,
        killEveryMax,
        chaosWindow,
        duplicateShare,
        errorRate,
        timeoutRate,
        corruptRate,
        visibilitySeconds,
        seed,
        out,
        quiesceTimeout);
  }

  /**
   * Kills and faults for {@code window} (a long run should cover its whole ordering time), then
   * wait up to {@code quiesce}.
   */
  public ChaosOptions withWindows(Duration window, Duration quiesce) {
    return new ChaosOptions(
        books,
        rate,
        killEveryMin,
        killEveryMax,
        window,
        duplicateShare,
        errorRate,
        timeoutRate,
        corruptRate,
        visibilitySeconds,
        seed,
        out,
        quiesce);
  }

  public ChaosOptions withOut(Path dir) {
    return new ChaosOptions(
        books,
        rate,
        killEveryMin,
        killEveryMax,
        chaosWindow,
        duplicateShare,
        errorRate,
        timeoutRate,
        corruptRate,
        visibilitySeconds,
        seed,
        dir,
        quiesceTimeout);
  }
}
