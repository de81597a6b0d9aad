package dev.satpage.imagery.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallBudgetTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:15:00Z"));

  @Test
  void takesWhatFits_refusesWhatDoesNot_andTakesNothingThen() {
    CallBudget budget = new CallBudget(100, clock);

    assertThat(budget.tryTake(63)).isTrue();
    assertThat(budget.tryTake(63)).isFalse(); // 126 > 100: nothing taken
    assertThat(budget.tryTake(37)).isTrue(); // so exactly the rest still fits
    assertThat(budget.tryTake(1)).isFalse();
  }

  @Test
  void theBudgetRenews_atTheNextClockHour() {
    CallBudget budget = new CallBudget(10, clock);
    assertThat(budget.tryTake(10)).isTrue();

    clock.advance(Duration.ofMinutes(44)); // 10:59
    assertThat(budget.tryTake(1)).isFalse();
    clock.advance(Duration.ofMinutes(1)); // 11:00
    assertThat(budget.tryTake(10)).isTrue();
  }

  @Test
  void anEmptyBudget_isRefused() {
    assertThatThrownBy(() -> new CallBudget(0, clock)).isInstanceOf(IllegalArgumentException.class);
  }
}
