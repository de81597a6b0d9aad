package dev.satpage.render.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RenderPropertiesTest {
  @Test
  void unsetValues_takeTheDefaults() {
    RenderProperties p = new RenderProperties(null, null, null);

    assertThat(p.pageWidth()).isEqualTo(RenderProperties.DEFAULT_PAGE_WIDTH).isEqualTo(1000);
    assertThat(p.jpegQuality()).isEqualTo(RenderProperties.DEFAULT_JPEG_QUALITY);
    assertThat(p.gateStaleAfter()).isEqualTo(Duration.ofMinutes(2));
    assertThat(p.pageFormat().height()).isEqualTo(750);
  }

  @Test
  void badValues_areRefusedNamingTheSetting() {
    assertThatThrownBy(() -> new RenderProperties(10, null, null)).hasMessageContaining("satpage.render").hasMessageContaining("width");
    assertThatThrownBy(() -> new RenderProperties(null, 1.5f, null)).hasMessageContaining("quality");
    assertThatThrownBy(() -> new RenderProperties(null, null, Duration.ZERO)).hasMessageContaining("gate-stale-after");
  }
}
