package dev.satpage.imagery.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExperimentSettingsTest {
  @Test
  void aSampleRateOutsideZeroToOne_isRefusedWithTheExperimentsName() {
    assertThatThrownBy(() -> new ExperimentSettings("bing-to-azure", 1.5, 1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bing-to-azure")
        .hasMessageContaining("sample-rate");
    assertThatThrownBy(() -> new ExperimentSettings("x", -0.1, 1, 10))
        .hasMessageContaining("sample-rate");
    assertThatThrownBy(() -> new ExperimentSettings("x", Double.NaN, 1, 10))
        .hasMessageContaining("sample-rate");
  }

  @Test
  void badNamesRatesAndBudgets_areRefused() {
    assertThatThrownBy(() -> new ExperimentSettings("a/b", 0.5, 1, 10))
        .hasMessageContaining("name");
    assertThatThrownBy(() -> new ExperimentSettings("x", 0.5, 0, 10))
        .hasMessageContaining("rate-per-second");
    assertThatThrownBy(() -> new ExperimentSettings("x", 0.5, 1, 0))
        .hasMessageContaining("provider-call-budget");
  }

  @Test
  void theBoundsAreAccepted() {
    assertThat(new ExperimentSettings("x", 0, 0.01, 1).sampleRate()).isZero();
    assertThat(new ExperimentSettings("x", 1, 0.01, 1).sampleRate()).isEqualTo(1);
  }
}
