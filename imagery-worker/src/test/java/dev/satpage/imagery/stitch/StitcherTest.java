package dev.satpage.imagery.stitch;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.imagery.codec.PixelBuffer;
import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.imagery.testing.Images;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class StitcherTest {
  private final Stitcher stitcher = new Stitcher(new ImageIoJpegCodec());

  // A 32x24 page of a 2x2 grid with unequal cells, so a swapped or shifted image shows.
  private final PagePlan plan =
      new PagePlan(
          10,
          100,
          200,
          32,
          24,
          List.of(
              new ImageRequest(0, 0, 10, 16, 16, 0, 0), new ImageRequest(0, 0, 10, 16, 16, 16, 0),
              new ImageRequest(0, 0, 10, 16, 8, 0, 16), new ImageRequest(0, 0, 10, 16, 8, 16, 16)));

  @Test
  void eachImage_landsAtItsOffset_edgeToEdge() {
    List<byte[]> images =
        List.of(
            Images.jpeg(16, 16, Color.RED), Images.jpeg(16, 16, Color.GREEN),
            Images.jpeg(16, 8, Color.BLUE), Images.jpeg(16, 8, Color.WHITE));

    PixelBuffer page = stitcher.stitch(plan, images);

    assertThat(page.width()).isEqualTo(32);
    assertThat(page.height()).isEqualTo(24);
    // Both sides of each seam, and the far corners.
    assertThat(colour(page, 0, 0)).isEqualTo(Color.RED);
    assertThat(colour(page, 15, 15)).isEqualTo(Color.RED);
    assertThat(colour(page, 16, 15)).isEqualTo(Color.GREEN);
    assertThat(colour(page, 31, 0)).isEqualTo(Color.GREEN);
    assertThat(colour(page, 15, 16)).isEqualTo(Color.BLUE);
    assertThat(colour(page, 0, 23)).isEqualTo(Color.BLUE);
    assertThat(colour(page, 16, 16)).isEqualTo(Color.WHITE);
    assertThat(colour(page, 31, 23)).isEqualTo(Color.WHITE);
  }

  @Test
  void imageOfTheWrongSize_isAPermanentFailureNamingIt() {
    List<byte[]> images =
        List.of(
            Images.jpeg(16, 16, Color.RED), Images.jpeg(16, 15, Color.GREEN),
            Images.jpeg(16, 8, Color.BLUE), Images.jpeg(16, 8, Color.WHITE));

    PermanentFailure e =
        assertPermanent(FailureReason.IMAGERY_WRONG_SIZE, () -> stitcher.stitch(plan, images));
    assertThat(e.detail()).contains("image 1 at 16,0", "16x15", "16x16");
  }

  /** The nearest of the test colours, so JPEG's few grey levels of error do not matter. */
  private static Color colour(PixelBuffer page, int x, int y) {
    Color c = new Color(page.image().getRGB(x, y));
    Color best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Color candidate : List.of(Color.RED, Color.GREEN, Color.BLUE, Color.WHITE, Color.BLACK)) {
      int d =
          Math.abs(c.getRed() - candidate.getRed())
              + Math.abs(c.getGreen() - candidate.getGreen())
              + Math.abs(c.getBlue() - candidate.getBlue());
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    assertThat(bestDistance).as("pixel %d,%d is %s", x, y, c).isLessThan(60);
    return best;
  }
}
