package dev.satpage.imagery.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.satpage.model.experiment.Similarity;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ImageSimilarityTest {
  @Test
  void identicalImages_scoreOne_andHaveNoPsnr() {
    LumaPlane a = texture(64, 48, 1);

    Similarity s = ImageSimilarity.of(new Registration(a, texture(64, 48, 1)));

    assertThat(s.ssim()).isEqualTo(1.0);
    assertThat(s.psnrDb()).isNull();
    assertThat(s.width()).isEqualTo(64);
    assertThat(s.height()).isEqualTo(48);
  }

  /**
   * Two flat planes, 100 and 110: every window has zero variance, so SSIM reduces to the luminance
   * term (2 mx my + C1) / (mx^2 + my^2 + C1) with C1 = (0.01 * 255)^2 = 6.5025, worked by hand:
   * (22000 + 6.5025) / (10000 + 12100 + 6.5025) = 0.995477...; the MSE is 100, so PSNR = 10 log10
   * (65025 / 100) = 28.1308 dB.
   */
  @Test
  void flatPlanes_matchTheHandComputedValues() {
    LumaPlane x = flat(11, 11, 100);
    LumaPlane y = flat(11, 11, 110);

    assertThat(ImageSimilarity.ssim(x, y)).isCloseTo(22006.5025 / 22106.5025, within(1e-12));
    assertThat(ImageSimilarity.psnr(x, y)).isCloseTo(28.1308, within(1e-4));
  }

  /**
   * An 11 x 11 plane (one window) against its negative around 128: equal means and variances, a
   * covariance of -var, so SSIM = (2 m^2 + C1) / (2 m^2 + C1) * (-2 var + C2) / (2 var + C2),
   * computed here from the Gaussian-weighted moments the paper defines (not from the class).
   */
  @Test
  void aNegatedPattern_scoresNegative_asTheStructureTermSays() {
    double[] a = new double[121];
    double[] b = new double[121];
    for (int i = 0; i < 121; i++) {
      a[i] = i % 2 == 0 ? 168 : 88;
      b[i] = 256 - a[i];
    }
    double[] w = window();
    double mean = 0;
    for (int i = 0; i < 121; i++) {
      mean += w[i] * a[i];
    }
    double var = 0;
    for (int i = 0; i < 121; i++) {
      var += w[i] * (a[i] - mean) * (a[i] - mean);
    }
    double meanB = 256 - mean;
    double c1 = 6.5025;
    double c2 = 58.5225;
    double expected =
        (2 * mean * meanB + c1)
            * (-2 * var + c2)
            / ((mean * mean + meanB * meanB + c1) * (2 * var + c2));

    assertThat(ImageSimilarity.ssim(new LumaPlane(11, 11, a), new LumaPlane(11, 11, b)))
        .isCloseTo(expected, within(1e-9))
        .isNegative();
  }

  @Test
  void moreNoise_scoresLower_onBothMeasures() {
    LumaPlane page = texture(96, 72, 7);
    Similarity light = ImageSimilarity.of(new Registration(page, noisy(page, 4, 1)));
    Similarity heavy = ImageSimilarity.of(new Registration(page, noisy(page, 24, 2)));

    assertThat(light.ssim()).isLessThan(1.0).isGreaterThan(heavy.ssim());
    assertThat(light.psnrDb()).isGreaterThan(heavy.psnrDb());
  }

  @Test
  void aShiftedImage_scoresLowerThanTheSameImage() {
    LumaPlane page = texture(96, 72, 3);
    LumaPlane shifted = shift(page, 3);

    assertThat(ImageSimilarity.of(new Registration(page, shifted)).ssim()).isLessThan(0.9);
  }

  @Test
  void tooSmallOrMismatchedPlanes_areRefused() {
    assertThatThrownBy(() -> ImageSimilarity.ssim(flat(10, 20, 1), flat(10, 20, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11 x 11");
    assertThatThrownBy(() -> ImageSimilarity.ssim(flat(20, 20, 1), flat(21, 20, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ImageSimilarity.psnr(flat(20, 20, 1), flat(21, 20, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The 11 x 11 Gaussian window, sigma 1.5, as the paper defines it (sum 1). */
  private static double[] window() {
    double[] w = new double[121];
    double sum = 0;
    for (int y = 0; y < 11; y++) {
      for (int x = 0; x < 11; x++) {
        double d2 = (x - 5) * (x - 5) + (y - 5) * (y - 5);
        w[y * 11 + x] = Math.exp(-d2 / (2 * 1.5 * 1.5));
        sum += w[y * 11 + x];
      }
    }
    for (int i = 0; i < 121; i++) {
      w[i] /= sum;
    }
    return w;
  }

  static LumaPlane flat(int w, int h, double value) {
    double[] v = new double[w * h];
    java.util.Arrays.fill(v, value);
    return new LumaPlane(w, h, v);
  }

  /** A smooth, structured pattern (what a page of ground looks like more than noise does). */
  static LumaPlane texture(int w, int h, long seed) {
    Random random = new Random(seed);
    double fx = 0.2 + random.nextDouble() * 0.3;
    double fy = 0.15 + random.nextDouble() * 0.3;
    double[] v = new double[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        v[y * w + x] =
            128 + 60 * Math.sin(x * fx) * Math.cos(y * fy) + 30 * Math.sin((x + y) * 0.05);
      }
    }
    return new LumaPlane(w, h, v);
  }

  private static LumaPlane noisy(LumaPlane p, double sigma, long seed) {
    Random random = new Random(seed);
    double[] v = new double[p.width() * p.height()];
    for (int y = 0; y < p.height(); y++) {
      for (int x = 0; x < p.width(); x++) {
        v[y * p.width() + x] = Math.clamp(p.at(x, y) + random.nextGaussian() * sigma, 0, 255);
      }
    }
    return new LumaPlane(p.width(), p.height(), v);
  }

  private static LumaPlane shift(LumaPlane p, int dx) {
    double[] v = new double[p.width() * p.height()];
    for (int y = 0; y < p.height(); y++) {
      for (int x = 0; x < p.width(); x++) {
        v[y * p.width() + x] = p.at(Math.min(p.width() - 1, x + dx), y);
      }
    }
    return new LumaPlane(p.width(), p.height(), v);
  }
}
