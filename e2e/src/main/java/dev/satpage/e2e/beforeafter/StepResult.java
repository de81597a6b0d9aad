package dev.satpage.e2e.beforeafter;

import dev.satpage.e2e.load.Percentiles;
import java.time.Duration;
import java.util.List;

/**
 * One step of one architecture at one concurrency: fast-page latency (every fast request, a failed
 * one at its time to failure, capped at the timeout), satellite pages made per second, and the
 * share of all requests served without error within the timeout.
 *
 * @param satellitePagesMade satellite pages finished within the step's window: by the render
 *     service itself (before), by the imagery worker (after)
 */
public record StepResult(
    Architecture architecture,
    int concurrency,
    double seconds,
    int fastRequests,
    int fastOk,
    long fastP50Ms,
    long fastP95Ms,
    long fastP99Ms,
    int satelliteRequests,
    int satelliteOk,
    long satelliteP50Ms,
    long satellitePagesMade) {

  /** The statistics of {@code outcomes}, measured over a window of {@code window}. */
  public static StepResult of(
      Architecture architecture,
      int concurrency,
      Duration window,
      List<Outcome> outcomes,
      long satellitePagesMade,
      Duration timeout) {
    if (window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("a step's window must be positive: " + window);
    }
    List<Outcome> fast = of(outcomes, RequestKind.FAST);
    List<Outcome> satellite = of(outcomes, RequestKind.SATELLITE);
    List<Duration> fastLatencies = latencies(fast, timeout);
    return new StepResult(
        architecture,
        concurrency,
        window.toMillis() / 1000.0,
        fast.size(),
        okCount(fast),
        Percentiles.millis(fastLatencies, 50),
        Percentiles.millis(fastLatencies, 95),
        Percentiles.millis(fastLatencies, 99),
        satellite.size(),
        okCount(satellite),
        Percentiles.millis(latencies(satellite, timeout), 50),
        satellitePagesMade);
  }

  public int requests() {
    return fastRequests + satelliteRequests;
  }

  /** Requests served without error within the timeout, in percent (100 when none were sent). */
  public double servedOkPercent() {
    return requests() == 0 ? 100 : 100.0 * (fastOk + satelliteOk) / requests();
  }

  /**
   * Fast pages served without error per second: with closed-loop clients, the other half of the
   * latency story (a client parked in a slow satellite request sends no fast page meanwhile).
   */
  public double fastPagesPerSecond() {
    return fastOk / seconds;
  }

  public double satellitePagesPerSecond() {
    return satellitePagesMade / seconds;
  }

  private static List<Outcome> of(List<Outcome> outcomes, RequestKind kind) {
    return outcomes.stream().filter(o -> o.kind() == kind).toList();
  }

  private static int okCount(List<Outcome> outcomes) {
    return (int) outcomes.stream().filter(Outcome::ok).count();
  }

  private static List<Duration> latencies(List<Outcome> outcomes, Duration timeout) {
    return outcomes.stream()
        .map(o -> o.latency().compareTo(timeout) > 0 ? timeout : o.latency())
        .toList();
  }
}
