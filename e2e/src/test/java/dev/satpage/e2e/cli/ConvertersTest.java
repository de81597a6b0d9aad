package dev.satpage.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ConvertersTest {
  @Test
  void positiveInt_acceptsOneAndUp_refusesZeroNegativesAndNonNumbers() {
    assertThat(new Converters.PositiveInt().convert("1")).isEqualTo(1);
    assertThat(new Converters.PositiveInt().convert(" 60")).isEqualTo(60);
    for (String bad : new String[] {"0", "-3", "2.5", "x", ""}) {
      assertThatThrownBy(() -> new Converters.PositiveInt().convert(bad))
          .isInstanceOf(TypeConversionException.class)
          .hasMessage("'" + bad + "' is not a whole number ≥ 1");
    }
  }

  @Test
  void nonNegativeInt_acceptsZero_refusesNegatives() {
    assertThat(new Converters.NonNegativeInt().convert("0")).isZero();
    assertThatThrownBy(() -> new Converters.NonNegativeInt().convert("-1"))
        .hasMessage("'-1' is not a whole number ≥ 0");
  }

  @Test
  void workerCount_isOneToEight() {
    assertThat(new Converters.WorkerCount().convert("1")).isEqualTo(1);
    assertThat(new Converters.WorkerCount().convert("8")).isEqualTo(8);
    assertThatThrownBy(() -> new Converters.WorkerCount().convert("9"))
        .hasMessage("'9' is not a whole number within 1..8");
    assertThatThrownBy(() -> new Converters.WorkerCount().convert("0"))
        .hasMessage("'0' is not a whole number within 1..8");
  }

  @Test
  void positiveDecimal_refusesZeroNegativeNanAndInfinity() {
    assertThat(new Converters.PositiveDecimal().convert("0.65")).isEqualTo(0.65);
    for (String bad : new String[] {"0", "-1", "NaN", "Infinity", "six"}) {
      assertThatThrownBy(() -> new Converters.PositiveDecimal().convert(bad))
          .hasMessage("'" + bad + "' is not a number > 0");
    }
  }

  @Test
  void seconds_areWholeAndAtLeastOne() {
    assertThat(new Converters.Seconds().convert("300")).isEqualTo(Duration.ofMinutes(5));
    assertThatThrownBy(() -> new Converters.Seconds().convert("0"))
        .hasMessage("'0' is not a whole number ≥ 1");
    assertThatThrownBy(() -> new Converters.Seconds().convert("1.5"))
        .hasMessage("'1.5' is not a whole number ≥ 1");
  }

  @Test
  void minutes_takeFractions_roundedToTheSecond_andAtLeastOneSecond() {
    assertThat(new Converters.Minutes().convert("6.5")).isEqualTo(Duration.ofSeconds(390));
    assertThat(new Converters.Minutes().convert("0.0125"))
        .isEqualTo(Duration.ofSeconds(1)); // 0.75 s rounds up
    assertThatThrownBy(() -> new Converters.Minutes().convert("0.005"))
        .hasMessage("'0.005' minutes is less than a second");
    assertThatThrownBy(() -> new Converters.Minutes().convert("0"))
        .hasMessage("'0' is not a number > 0");
  }
}
