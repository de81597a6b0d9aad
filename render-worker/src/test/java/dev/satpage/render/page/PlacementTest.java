package dev.satpage.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.book.Layer.Fit;
import org.junit.jupiter.api.Test;

class PlacementTest {
  @Test
  void fit_showsAllOfATallImage_centred() {
    assertThat(Placement.of(Fit.FIT, 500, 1000, 1000, 750)).isEqualTo(new Placement(312, 0, 375, 750));
  }

  @Test
  void crop_coversThePage_centred() {
    assertThat(Placement.of(Fit.CROP, 500, 1000, 1000, 750)).isEqualTo(new Placement(0, -625, 1000, 2000));
  }

  @Test
  void fill_stretchesToThePage() {
    assertThat(Placement.of(Fit.FILL, 500, 1000, 1000, 750)).isEqualTo(new Placement(0, 0, 1000, 750));
  }

  @Test
  void aFourByThreeImage_isThePageWhateverTheFit() {
    for (Fit fit : Fit.values()) {
      assertThat(Placement.of(fit, 4000, 3000, 1000, 750)).isEqualTo(new Placement(0, 0, 1000, 750));
    }
  }
}
