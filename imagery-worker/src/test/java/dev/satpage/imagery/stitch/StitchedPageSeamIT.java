package dev.satpage.imagery.stitch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.DevstackConfig;
import dev.satpage.devstack.imagery.SyntheticTerrain;
import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.imagery.codec.JpegCodec;
import dev.satpage.imagery.fetch.BingStaticMapSource;
import dev.satpage.imagery.fetch.PageFetcher;
import dev.satpage.imagery.plan.BingGridPlanner;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.model.book.SatellitePageSpec;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A print page stitched from simulator images equals the simulator's own rendering of the page's world pixels across
 * each seam, within JPEG error; and the comparison is sharp enough that a one-pixel misplacement would fail it.
 */
class StitchedPageSeamIT {
  /** Seam strip width: 8 px on each side of the seam. */
  private static final int STRIP = 16;
  /**
   * Mean absolute difference per channel allowed between the print JPEG (two JPEG generations) and the exact pixels.
   * Measured (zoom 18, Amsterdam): aligned 2.8 (vertical seam) / 2.0 (horizontal); shifted by one pixel 17.0 / 14.1.
   * The tolerance sits between, with room for codec differences on both sides.
   */
  private static final double TOLERANCE = 6.0;

  private static Devstack devstack;
  private static PagePlan plan;
  private static BufferedImage print;
  private static BufferedImage reference;

  @BeforeAll
  static void stitchAPage() {
    devstack = Devstack.start(DevstackConfig.defaults());
    BingStaticMapSource source =
        new BingStaticMapSource(
            BingStaticMapSource.httpClient(Duration.ofSeconds(2)), devstack.imageryEndpoint(), devstack.imageryApiKey(),
            Duration.ofSeconds(30), BingStaticMapSource.DEFAULT_MAX_IMAGE_BYTES);
    ImageIoJpegCodec codec = new ImageIoJpegCodec();
    plan = new BingGridPlanner().plan(SatellitePageSpec.of(52.3731, 4.8922, 18));
    List<BufferedImage> images =
        new PageFetcher(source, 4).fetchAll(plan.requests()).stream().map(codec::decode).toList();
    BufferedImage page = new Stitcher().stitch(plan, images);
    print = codec.decode(codec.encode(page, JpegCodec.PRINT_QUALITY));
    reference = SyntheticTerrain.render(plan.zoom(), plan.left(), plan.top(), plan.width(), plan.height());
  }

  @AfterAll
  static void stop() {
    devstack.close();
  }

  @Test
  void verticalSeam_matchesTheWorldPixels_andAOnePixelShiftWouldNot() {
    int seamX = plan.requests().get(1).offsetX();
    int x0 = seamX - STRIP / 2;
    double aligned = meanAbsDiff(x0, 0, STRIP, plan.height(), 0, 0);
    double shifted = meanAbsDiff(x0, 0, STRIP, plan.height(), 1, 0);
    System.out.printf("vertical seam at x=%d: aligned MAD %.2f, shifted MAD %.2f%n", seamX, aligned, shifted);

    assertThat(aligned).isLessThan(TOLERANCE);
    assertThat(shifted).isGreaterThan(TOLERANCE);
  }

  @Test
  void horizontalSeam_matchesTheWorldPixels_andAOnePixelShiftWouldNot() {
    int seamY = plan.requests().get(2).offsetY();
    int y0 = seamY - STRIP / 2;
    double aligned = meanAbsDiff(0, y0, plan.width(), STRIP, 0, 0);
    double shifted = meanAbsDiff(0, y0, plan.width(), STRIP, 0, 1);
    System.out.printf("horizontal seam at y=%d: aligned MAD %.2f, shifted MAD %.2f%n", seamY, aligned, shifted);

    assertThat(aligned).isLessThan(TOLERANCE);
    assertThat(shifted).isGreaterThan(TOLERANCE);
  }

  /** Mean |print - reference| per channel over a rectangle, the reference read {@code dx},{@code dy} pixels away. */
  private static double meanAbsDiff(int x0, int y0, int width, int height, int dx, int dy) {
    long sum = 0;
    for (int y = y0; y < y0 + height; y++) {
      for (int x = x0; x < x0 + width; x++) {
        int a = print.getRGB(x, y);
        int b = reference.getRGB(x + dx, Math.min(y + dy, reference.getHeight() - 1));
        sum += Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF));
        sum += Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF));
        sum += Math.abs((a & 0xFF) - (b & 0xFF));
      }
    }
    return sum / (3.0 * width * height);
  }
}
