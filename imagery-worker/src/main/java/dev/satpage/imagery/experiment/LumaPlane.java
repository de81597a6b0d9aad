package dev.satpage.imagery.experiment;

import dev.satpage.imagery.codec.PixelBuffer;

/**
 * An image's luma, one double per pixel in [0, 255], rows {@code width} apart. Luma is ITU-R BT.601
 * ({@code 0.299 R + 0.587 G + 0.114 B}), the weighting of MATLAB's {@code rgb2gray} that Wang et
 * al.'s SSIM reference code is run on (https://www.cns.nyu.edu/~lcv/ssim/). Pure.
 */
public final class LumaPlane {
  private final int width;
  private final int height;
  private final double[] values;

  public LumaPlane(int width, int height, double[] values) {
    if (width < 1 || height < 1 || values.length != width * height) {
      throw new IllegalArgumentException(
          "a " + width + "x" + height + " plane needs as many values, not " + values.length);
    }
    this.width = width;
    this.height = height;
    this.values = values.clone();
  }

  /** The luma of a BGR image. */
  public static LumaPlane of(PixelBuffer image) {
    byte[] bgr = image.bgr();
    double[] luma = new double[image.width() * image.height()];
    for (int i = 0; i < luma.length; i++) {
      int p = i * 3;
      luma[i] = 0.114 * (bgr[p] & 0xFF) + 0.587 * (bgr[p + 1] & 0xFF) + 0.299 * (bgr[p + 2] & 0xFF);
    }
    return new LumaPlane(image.width(), image.height(), luma);
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The values themselves, not a copy: for this package's loops only. */
  double[] values() {
    return values;
  }

  public double at(int x, int y) {
    return values[y * width + x];
  }

  /**
   * Bilinear interpolation at ({@code x}, {@code y}) in pixel-index coordinates (pixel {@code i}'s
   * centre is at {@code i}), clamped at the edges; a coordinate within 1e-9 of a pixel centre is
   * that pixel, so resampling onto the same grid changes nothing.
   */
  public double sample(double x, double y) {
    x = snap(Math.clamp(x, 0, width - 1));
    y = snap(Math.clamp(y, 0, height - 1));
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    int x1 = Math.min(x0 + 1, width - 1);
    int y1 = Math.min(y0 + 1, height - 1);
    double fx = x - x0;
    double fy = y - y0;
    double top = at(x0, y0) * (1 - fx) + at(x1, y0) * fx;
    double bottom = at(x0, y1) * (1 - fx) + at(x1, y1) * fx;
    return top * (1 - fy) + bottom * fy;
  }

  private static double snap(double v) {
    double r = Math.rint(v);
    return Math.abs(v - r) < 1e-9 ? r : v;
  }
}
