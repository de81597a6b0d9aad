package dev.satpage.imagery.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.satpage.imagery.codec.PixelBuffer;
import dev.satpage.model.book.SatellitePageSpec;
import org.junit.jupiter.api.Test;

class RegistrationTest {
  @Test
  void theSameFrameAndSize_isLeftExactlyAsItWas() {
    LumaPlane page = ImageSimilarityTest.texture(40, 30, 5);
    GroundFrame frame = GroundFrame.of(17, 1000, 2000, 4000, 3000);

    Registration r = Registration.of(page, frame, page, frame);

    assertThat(r.first().width()).isEqualTo(40);
    assertThat(r.first().height()).isEqualTo(30);
    for (int y = 0; y < 30; y++) {
      for (int x = 0; x < 40; x++) {
        assertThat(r.first().at(x, y)).isEqualTo(page.at(x, y));
        assertThat(r.second().at(x, y)).isEqualTo(page.at(x, y));
      }
    }
  }

  /**
   * The same ground at zoom 16 in a 20 x 15 image and at zoom 17 in a 40 x 30 one: registered on
   * the coarser grid, the fine image's 2 x 2 blocks average onto the coarse pixels.
   */
  @Test
  void twoZooms_ofOneGround_landOnTheCoarserGrid() {
    double[] fine = new double[40 * 30];
    double[] coarse = new double[20 * 15];
    for (int y = 0; y < 15; y++) {
      for (int x = 0; x < 20; x++) {
        double value = 10 * x + y;
        coarse[y * 20 + x] = value;
        for (int k = 0; k < 4; k++) {
          fine[(2 * y + k / 2) * 40 + 2 * x + k % 2] = value;
        }
      }
    }
    GroundFrame at16 = GroundFrame.of(16, 500, 1000, 20, 15);
    GroundFrame at17 = GroundFrame.of(17, 1000, 2000, 40, 30);

    Registration r =
        Registration.of(new LumaPlane(40, 30, fine), at17, new LumaPlane(20, 15, coarse), at16);

    assertThat(r.first().width()).isEqualTo(20);
    assertThat(r.first().height()).isEqualTo(15);
    for (int y = 0; y < 15; y++) {
      for (int x = 0; x < 20; x++) {
        assertThat(r.first().at(x, y)).isCloseTo(coarse[y * 20 + x], within(1e-9));
      }
    }
  }

  @Test
  void overlappingFrames_areComparedOnTheirCommonGroundOnly() {
    GroundFrame left = GroundFrame.of(17, 0, 0, 40, 30);
    GroundFrame right = GroundFrame.of(17, 20, 0, 40, 30);
    LumaPlane plane = ImageSimilarityTest.texture(40, 30, 1);

    Registration r = Registration.of(plane, left, plane, right);

    assertThat(r.first().width()).isEqualTo(20);
    // The right half of the left page is the left half of the right page's grid.
    assertThat(r.first().at(0, 0)).isEqualTo(plane.at(20, 0));
    assertThat(r.second().at(0, 0)).isEqualTo(plane.at(0, 0));
  }

  @Test
  void framesWithNoCommonGround_areRefused() {
    LumaPlane plane = ImageSimilarityTest.flat(10, 10, 0);
    assertThatThrownBy(
            () ->
                Registration.of(
                    plane,
                    GroundFrame.of(17, 0, 0, 10, 10),
                    plane,
                    GroundFrame.of(17, 100, 0, 10, 10)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSpecsFrame_isItsPageRectangle_inWorldUnits() {
    GroundFrame frame = GroundFrame.of(SatellitePageSpec.of(51.5, -0.12, 17));

    assertThat(frame.width()).isCloseTo(4000 / (256.0 * (1 << 17)), within(1e-15));
    assertThat(frame.height()).isCloseTo(3000 / (256.0 * (1 << 17)), within(1e-15));
    // At zoom 1 the world is 512 px wide: a 4000-px page leaves it.
    assertThatThrownBy(() -> GroundFrame.of(SatellitePageSpec.of(0, 0, 1)))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void lumaIsBt601_ofTheBgrPixels() {
    PixelBuffer image = PixelBuffer.allocate(1, 1);
    image.bgr()[0] = (byte) 10; // B
    image.bgr()[1] = (byte) 20; // G
    image.bgr()[2] = (byte) 200; // R

    assertThat(LumaPlane.of(image).at(0, 0))
        .isCloseTo(0.114 * 10 + 0.587 * 20 + 0.299 * 200, within(1e-12));
  }
}
