package dev.satpage.render.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RgbTest {
  @Test
  void parsesHexAsTheDefinitionFileWritesIt() {
    assertThat(Rgb.parse("#1d3557")).isEqualTo(new Rgb(0x1D, 0x35, 0x57));
    assertThat(Rgb.parse("#FFFFFF")).isEqualTo(Rgb.WHITE);
  }

  @Test
  void luminance_separatesLightFromDark() {
    assertThat(Rgb.WHITE.luminance()).isCloseTo(1.0, within(1e-12));
    assertThat(Rgb.BLACK.luminance()).isEqualTo(0.0);
    assertThat(Rgb.parse("#00FF00").luminance()).isGreaterThan(0.5); // green is bright
    assertThat(Rgb.parse("#0000FF").luminance()).isLessThan(0.5);
  }

  @Test
  void refusesWhatIsNotHex() {
    assertThatThrownBy(() -> Rgb.parse("red")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Rgb(256, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
