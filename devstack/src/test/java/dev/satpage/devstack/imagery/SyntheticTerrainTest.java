package dev.satpage.devstack.imagery;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SyntheticTerrainTest {
  private static final int ZOOM = 17;
  // Somewhere in the middle of the world at zoom 17, far from the origin so no special case hides a
  // bug.
  private static final long LEFT = 16_777_216L + 12_345;
  private static final long TOP = 11_000_000L;

  @Test
  void rgb_isDeterministic() {
    for (long x = LEFT; x < LEFT + 500; x += 7) {
      assertThat(SyntheticTerrain.rgb(ZOOM, x, TOP + x % 300))
          .isEqualTo(SyntheticTerrain.rgb(ZOOM, x, TOP + x % 300));
    }
    assertThat(pixels(SyntheticTerrain.render(ZOOM, LEFT, TOP, 300, 200)))
        .isEqualTo(pixels(SyntheticTerrain.render(ZOOM, LEFT, TOP, 300, 200)));
  }

  @Test
  void adjacentImages_shareIdenticalPixelsAtTheSeam() {
    int[] whole = pixels(SyntheticTerrain.render(ZOOM, 0, 0, 4000, 1500));
    int[] leftHalf = pixels(SyntheticTerrain.render(ZOOM, 0, 0, 2000, 1500));
    int[] rightHalf = pixels(SyntheticTerrain.render(ZOOM, 2000, 0, 2000, 1500));
    for (int row = 0; row < 1500; row++) {
      assertThat(Arrays.copyOfRange(whole, row * 4000, row * 4000 + 2000))
          .isEqualTo(Arrays.copyOfRange(leftHalf, row * 2000, row * 2000 + 2000));
      assertThat(Arrays.copyOfRange(whole, row * 4000 + 2000, row * 4000 + 4000))
          .isEqualTo(Arrays.copyOfRange(rightHalf, row * 2000, row * 2000 + 2000));
    }
  }

  @Test
  void render_matchesRgbPixelForPixel() {
    BufferedImage image = SyntheticTerrain.render(ZOOM, LEFT, TOP, 64, 48);
    for (int j = 0; j < 48; j++) {
      for (int i = 0; i < 64; i++) {
        assertThat(image.getRGB(i, j) & 0xFFFFFF)
            .isEqualTo(SyntheticTerrain.rgb(ZOOM, LEFT + i, TOP + j));
      }
    }
  }

  @Test
  void differentZooms_lookDifferent() {
    assertThat(pixels(SyntheticTerrain.render(ZOOM, LEFT, TOP, 256, 256)))
        .isNotEqualTo(pixels(SyntheticTerrain.render(ZOOM + 1, LEFT, TOP, 256, 256)));
  }

  @Test
  void picture_hasManyColours_likeAerialImagery() {
    Set<Integer> colours = new HashSet<>();
    for (int p : pixels(SyntheticTerrain.render(ZOOM, LEFT, TOP, 1000, 1000))) {
      colours.add(p);
    }
    assertThat(colours.size()).isGreaterThan(500);
  }

  @Test
  void onePixelShift_isFarAboveJpegError() throws IOException {
    BufferedImage original = SyntheticTerrain.render(ZOOM, LEFT, TOP, 2000, 1500);
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(JpegCodec.encode(original)));

    double jpegError = ImageDiff.meanAbsoluteDifference(decoded, original);
    double shiftedX =
        ImageDiff.meanAbsoluteDifference(
            decoded, SyntheticTerrain.render(ZOOM, LEFT + 1, TOP, 2000, 1500));
    double shiftedY =
        ImageDiff.meanAbsoluteDifference(
            decoded, SyntheticTerrain.render(ZOOM, LEFT, TOP + 1, 2000, 1500));

    assertThat(jpegError).isLessThan(4.0);
    assertThat(shiftedX).isGreaterThan(3 * jpegError);
    assertThat(shiftedY).isGreaterThan(3 * jpegError);
  }

  private static int[] pixels(BufferedImage image) {
    return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
  }
}
