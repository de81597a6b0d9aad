package dev.satpage.e2e.beforeafter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepResultTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static Outcome fast(long ms, boolean ok) {
    return new Outcome(RequestKind.FAST, Duration.ofMillis(ms), ok);
  }

  private static Outcome satellite(long ms, boolean ok) {
    return new Outcome(RequestKind.SATELLITE, Duration.ofMillis(ms), ok);
  }

  @Test
  void fastPercentiles_areNearestRank_overFastRequestsOnly() {
    List<Outcome> outcomes = new ArrayList<>();
    for (int ms = 1; ms <= 100; ms++) {
      outcomes.add(fast(ms, true));
    }
    outcomes.add(satellite(5000, true));

    StepResult step =
        StepResult.of(Architecture.BEFORE, 4, Duration.ofSeconds(20), outcomes, 1, TIMEOUT);

    assertThat(step.fastRequests()).isEqualTo(100);
    assertThat(step.fastP50Ms()).isEqualTo(50);
    assertThat(step.fastP95Ms()).isEqualTo(95);
    assertThat(step.fastP99Ms()).isEqualTo(99);
    assertThat(step.fastPagesPerSecond()).isEqualTo(5.0);
    assertThat(step.satelliteRequests()).isEqualTo(1);
    assertThat(step.satelliteP50Ms()).isEqualTo(5000);
    assertThat(step.satellitePagesPerSecond()).isEqualTo(0.05);
  }

  @Test
  void aTimedOutRequest_countsAsAnError_andAtTheTimeoutInTheLatency() {
    List<Outcome> outcomes =
        List.of(
            fast(40, true), fast(60_000, false), satellite(3000, true), satellite(12_000, false));

    StepResult step =
        StepResult.of(Architecture.BEFORE, 2, Duration.ofSeconds(10), outcomes, 1, TIMEOUT);

    assertThat(step.fastOk()).isEqualTo(1);
    assertThat(step.satelliteOk()).isEqualTo(1);
    assertThat(step.servedOkPercent()).isEqualTo(50.0);
    assertThat(step.fastP99Ms()).isEqualTo(10_000);
  }

  @Test
  void aStepWithoutRequests_servedEverything_andHasNoLatency() {
    StepResult step =
        StepResult.of(Architecture.AFTER, 1, Duration.ofSeconds(5), List.of(), 3, TIMEOUT);

    assertThat(step.servedOkPercent()).isEqualTo(100.0);
    assertThat(step.fastP50Ms()).isZero();
    assertThat(step.satellitePagesPerSecond()).isEqualTo(0.6);
  }

  @Test
  void anEmptyWindow_isRefused() {
    assertThatThrownBy(
            () -> StepResult.of(Architecture.AFTER, 1, Duration.ZERO, List.of(), 0, TIMEOUT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
