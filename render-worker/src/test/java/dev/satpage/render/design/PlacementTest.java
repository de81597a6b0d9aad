package dev.satpage.render.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.satpage.model.book.Layer.Fit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlacementTest {
  /**
   * A 4:3 frame that does not start at the origin, like a media box starting at minus the bleed.
   */
  private static final Box FRAME = new Box(-3, -3, 1000, 750);

  @Test
  void fit_showsAllOfATallImage_centred() {
    assertBox(Placement.of(Fit.FIT, new PixelSize(500, 1000), FRAME), -3 + 312.5, -3, 375, 750);
  }

  @Test
  void crop_coversTheFrame_centred() {
    assertBox(Placement.of(Fit.CROP, new PixelSize(500, 1000), FRAME), -3, -3 - 625, 1000, 2000);
  }

  @Test
  void fill_stretchesToTheFrame() {
    assertThat(Placement.of(Fit.FILL, new PixelSize(500, 1000), FRAME)).isEqualTo(FRAME);
  }

  @ParameterizedTest
  @EnumSource(Fit.class)
  void aFourByThreeImage_isTheFrameWhateverTheFit(Fit fit) {
    assertBox(Placement.of(fit, new PixelSize(4000, 3000), FRAME), -3, -3, 1000, 750);
  }

  @Test
  void extremeAspectRatios_stayCentredAndFinite() {
    Box sliver = Placement.of(Fit.FIT, new PixelSize(10_000, 1), FRAME);
    assertBox(sliver, -3, -3 + 375 - 0.05, 1000, 0.1);

    Box needle = Placement.of(Fit.CROP, new PixelSize(1, 10_000), FRAME);
    assertThat(needle.width()).isCloseTo(1000, within(1e-9));
    assertThat(needle.height()).isCloseTo(10_000_000, within(1e-3));
    assertThat(needle.y() + needle.height() / 2)
        .isCloseTo(FRAME.y() + FRAME.height() / 2, within(1e-6));
  }

  @ParameterizedTest
  @EnumSource(Fit.class)
  void fitIsInside_cropIsAround_theFrame(Fit fit) {
    Box placed = Placement.of(fit, new PixelSize(333, 777), FRAME);
    boolean inside =
        placed.x() >= FRAME.x() - 1e-9
            && placed.right() <= FRAME.right() + 1e-9
            && placed.y() >= FRAME.y() - 1e-9
            && placed.bottom() <= FRAME.bottom() + 1e-9;
    boolean around =
        placed.x() <= FRAME.x() + 1e-9
            && placed.right() >= FRAME.right() - 1e-9
            && placed.y() <= FRAME.y() + 1e-9
            && placed.bottom() >= FRAME.bottom() - 1e-9;
    assertThat(inside).isEqualTo(fit != Fit.CROP);
    assertThat(around).isEqualTo(fit != Fit.FIT);
  }

  static void assertBox(Box box, double x, double y, double width, double height) {
    assertThat(box.x()).as("x").isCloseTo(x, within(1e-9));
    assertThat(box.y()).as("y").isCloseTo(y, within(1e-9));
    assertThat(box.width()).as("width").isCloseTo(width, within(1e-9));
    assertThat(box.height()).as("height").isCloseTo(height, within(1e-9));
  }
}
