package dev.satpage.imagery.experiment;

import dev.satpage.model.experiment.Similarity;

/**
 * How alike two registered luma planes are: SSIM and PSNR. Pure.
 *
 * <p>SSIM follows Z. Wang, A. C. Bovik, H. R. Sheikh and E. P. Simoncelli, "Image quality
 * assessment: from error visibility to structural similarity", IEEE Transactions on Image
 * Processing 13(4):600–612, 2004 (https://doi.org/10.1109/TIP.2003.819861), as its authors'
 * reference code computes it (https://www.cns.nyu.edu/~lcv/ssim/): local statistics under an 11 x
 * 11 circular-symmetric Gaussian window of standard deviation 1.5, normalised to unit sum; {@code
 * C1 = (0.01 L)^2}, {@code C2 = (0.03 L)^2} with {@code L = 255}; the mean over every window that
 * lies wholly inside the image (the "valid" region). PSNR is {@code 10 log10(255^2 / MSE)}.
 */
public final class ImageSimilarity {
  static final int WINDOW = 11;
  static final double SIGMA = 1.5;
  static final double L = 255;
  static final double C1 = (0.01 * L) * (0.01 * L);
  static final double C2 = (0.03 * L) * (0.03 * L);
  private static final double[] KERNEL = gaussian();

  private ImageSimilarity() {}

  /** SSIM and PSNR of two planes of one size, at least 11 x 11. */
  public static Similarity of(Registration registered) {
    LumaPlane x = registered.first();
    LumaPlane y = registered.second();
    Double psnr = psnr(x, y);
    // Identical planes score exactly 1 (rounding in the local sums could otherwise leave 1 -
    // 1e-16).
    double ssim = psnr == null ? 1.0 : Math.clamp(ssim(x, y), -1.0, 1.0);
    return new Similarity(ssim, psnr, x.width(), x.height());
  }

  /** Mean SSIM over the valid windows. */
  public static double ssim(LumaPlane x, LumaPlane y) {
    int w = x.width();
    int h = x.height();
    if (y.width() != w || y.height() != h) {
      throw new IllegalArgumentException("SSIM needs planes of one size");
    }
    if (w < WINDOW || h < WINDOW) {
      throw new IllegalArgumentException("SSIM needs at least 11 x 11 pixels: " + w + "x" + h);
    }
    double[] xs = x.values();
    double[] ys = y.values();
    double[] xx = new double[w * h];
    double[] yy = new double[w * h];
    double[] xy = new double[w * h];
    for (int k = 0; k < xs.length; k++) {
      xx[k] = xs[k] * xs[k];
      yy[k] = ys[k] * ys[k];
      xy[k] = xs[k] * ys[k];
    }
    double[] mx = filter(xs, w, h);
    double[] my = filter(ys, w, h);
    double[] sxx = filter(xx, w, h);
    double[] syy = filter(yy, w, h);
    double[] sxy = filter(xy, w, h);
    double sum = 0;
    for (int k = 0; k < mx.length; k++) {
      double mux = mx[k];
      double muy = my[k];
      double varX = sxx[k] - mux * mux;
      double varY = syy[k] - muy * muy;
      double cov = sxy[k] - mux * muy;
      sum +=
          ((2 * mux * muy + C1) * (2 * cov + C2))
              / ((mux * mux + muy * muy + C1) * (varX + varY + C2));
    }
    return sum / mx.length;
  }

  /** PSNR in dB; null when the planes are identical (infinite). */
  public static Double psnr(LumaPlane x, LumaPlane y) {
    if (y.width() != x.width() || y.height() != x.height()) {
      throw new IllegalArgumentException("PSNR needs planes of one size");
    }
    double squares = 0;
    for (int j = 0; j < x.height(); j++) {
      for (int i = 0; i < x.width(); i++) {
        double d = x.at(i, j) - y.at(i, j);
        squares += d * d;
      }
    }
    if (squares == 0) {
      return null;
    }
    double mse = squares / ((double) x.width() * x.height());
    return 10 * Math.log10(L * L / mse);
  }

  /**
   * The Gaussian-weighted local mean under every window wholly inside the image: separable, rows
   * then columns; the result is (w - 10) x (h - 10).
   */
  private static double[] filter(double[] v, int w, int h) {
    int ow = w - WINDOW + 1;
    int oh = h - WINDOW + 1;
    double[] rows = new double[ow * h];
    for (int j = 0; j < h; j++) {
      for (int i = 0; i < ow; i++) {
        double s = 0;
        for (int k = 0; k < WINDOW; k++) {
          s += KERNEL[k] * v[j * w + i + k];
        }
        rows[j * ow + i] = s;
      }
    }
    double[] out = new double[ow * oh];
    for (int j = 0; j < oh; j++) {
      for (int i = 0; i < ow; i++) {
        double s = 0;
        for (int k = 0; k < WINDOW; k++) {
          s += KERNEL[k] * rows[(j + k) * ow + i];
        }
        out[j * ow + i] = s;
      }
    }
    return out;
  }

  /** One axis of the 11-tap Gaussian, sigma 1.5, summing to 1 (the 2-D window is its square). */
  private static double[] gaussian() {
    double[] k = new double[WINDOW];
    double sum = 0;
    for (int i = 0; i < WINDOW; i++) {
      double d = i - (WINDOW - 1) / 2.0;
      k[i] = Math.exp(-d * d / (2 * SIGMA * SIGMA));
      sum += k[i];
    }
    for (int i = 0; i < WINDOW; i++) {
      k[i] /= sum;
    }
    return k;
  }
}
