package dev.satpage.devstack.imagery;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.junit.jupiter.api.Test;

class GroundTruthTest {
  @Test
  void centred_isTheTerrainAroundGooglesWorldCoordinateOfChicago() {
    // Independent centre: Google's published world coordinate of Chicago (65.67111111111113,
    // 95.17492654697409) at
    // 256 px (developers.google.com/maps/documentation/javascript/coordinates, read 2026-12-02),
    // times 2^18.
    double scale = 1 << 18;
    long left = Math.round(65.67111111111113 * scale - 640 / 2.0);
    long top = Math.round(95.17492654697409 * scale - 480 / 2.0);

    BufferedImage truth = GroundTruth.centred(41.85, -87.65, 18, 640, 480);

    assertThat(pixels(truth)).isEqualTo(pixels(SyntheticTerrain.render(18, left, top, 640, 480)));
  }

  @Test
  void azureStatic_isOneLevelDeeper() {
    assertThat(pixels(GroundTruth.azureStatic(41.85, -87.65, 17, 300, 200)))
        .isEqualTo(pixels(GroundTruth.centred(41.85, -87.65, 18, 300, 200)));
  }

  @Test
  void abuttingCentres_giveAbuttingImages() {
    // Two images whose centres are exactly one width apart share a seam: the right one starts where
    // the left one ends.
    int level = 17;
    TileSystem.Pixel centre = TileSystem.pixel(48.8584, 2.2945, level);
    ImageWindow left = ImageWindow.centred(48.8584, 2.2945, level, 2000, 1500);
    double rightLongitude = (centre.x() + 2000) / TileSystem.mapSize(level) * 360 - 180;
    ImageWindow right = ImageWindow.centred(48.8584, rightLongitude, level, 2000, 1500);
    assertThat(right.left()).isEqualTo(left.left() + 2000);
    assertThat(right.top()).isEqualTo(left.top());
  }

  private static int[] pixels(BufferedImage image) {
    return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
  }
}
