package dev.satpage.imagery.codec;

/**
 * Downscales BGR pixels by area averaging: each output pixel is the coverage-weighted mean of the
 * input pixels under it (a box filter, exact for integer factors such as 4000 → 1000, free of the
 * aliasing a bilinear shortcut shows at 4×). Separable, fixed-point, one pass per axis. Pure.
 */
public final class AreaResize {
  private static final int ONE = 1 << 14;

  private AreaResize() {}

  /**
   * {@code source} scaled to {@code width} wide, keeping its aspect ratio (never upscales beyond
   * the source).
   */
  public static PixelBuffer toWidth(PixelBuffer source, int width) {
    int w = Math.min(width, source.width());
    int h = Math.max(1, (int) Math.round((double) source.height() * w / source.width()));
    return resize(source, w, h);
  }

  public static PixelBuffer resize(PixelBuffer source, int width, int height) {
    int sw = source.width();
    int sh = source.height();
    if (sw % width == 0 && sh % height == 0 && sw / width == sh / height) {
      return integerFactor(source, sw / width);
    }
    return weighted(source, width, height);
  }

  /** Any factor: separable coverage weights, one pass per axis. */
  static PixelBuffer weighted(PixelBuffer source, int width, int height) {
    int sw = source.width();
    int sh = source.height();
    Weights wx = Weights.of(sw, width);
    Weights wy = Weights.of(sh, height);
    // horizontal pass: sh rows of width pixels, kept as ints scaled by ONE
    int[] tmp = new int[sh * width * 3];
    byte[] src = source.bgr();
    for (int y = 0; y < sh; y++) {
      int row = y * sw * 3;
      int out = y * width * 3;
      for (int x = 0; x < width; x++) {
        int b = 0;
        int g = 0;
        int r = 0;
        int start = wx.start[x];
        int[] weights = wx.weights[x];
        for (int k = 0; k < weights.length; k++) {
          int p = row + (start + k) * 3;
          int wgt = weights[k];
          b += (src[p] & 0xFF) * wgt;
          g += (src[p + 1] & 0xFF) * wgt;
          r += (src[p + 2] & 0xFF) * wgt;
        }
        tmp[out + x * 3] = b;
        tmp[out + x * 3 + 1] = g;
        tmp[out + x * 3 + 2] = r;
      }
    }
    PixelBuffer result = PixelBuffer.allocate(width, height);
    byte[] dst = result.bgr();
    int rowLength = width * 3;
    long[] acc = new long[rowLength];
    for (int y = 0; y < height; y++) {
      java.util.Arrays.fill(acc, 0);
      int start = wy.start[y];
      int[] weights = wy.weights[y];
      for (int k = 0; k < weights.length; k++) {
        int from = (start + k) * rowLength;
        int wgt = weights[k];
        for (int i = 0; i < rowLength; i++) {
          acc[i] += (long) tmp[from + i] * wgt;
        }
      }
      int to = y * rowLength;
      long half = (long) ONE * ONE / 2;
      for (int i = 0; i < rowLength; i++) {
        dst[to + i] = (byte) Math.min(255, (acc[i] + half) / ((long) ONE * ONE));
      }
    }
    return result;
  }

  /**
   * The common case (4000 → 1000): each output pixel is the plain mean of an f x f block. One row
   * accumulator, no weights, no intermediate image: the page is read once, sequentially.
   */
  static PixelBuffer integerFactor(PixelBuffer source, int f) {
    int width = source.width() / f;
    int height = source.height() / f;
    PixelBuffer result = PixelBuffer.allocate(width, height);
    byte[] src = source.bgr();
    byte[] dst = result.bgr();
    int srcStride = source.stride();
    int[] acc = new int[width * 3];
    int area = f * f;
    int half = area / 2;
    for (int y = 0; y < height; y++) {
      java.util.Arrays.fill(acc, 0);
      for (int dy = 0; dy < f; dy++) {
        int row = (y * f + dy) * srcStride;
        int p = row;
        for (int x = 0; x < width; x++) {
          int b = 0;
          int g = 0;
          int r = 0;
          for (int dx = 0; dx < f; dx++) {
            b += src[p] & 0xFF;
            g += src[p + 1] & 0xFF;
            r += src[p + 2] & 0xFF;
            p += 3;
          }
          int o = x * 3;
          acc[o] += b;
          acc[o + 1] += g;
          acc[o + 2] += r;
        }
      }
      int out = y * width * 3;
      for (int i = 0; i < acc.length; i++) {
        dst[out + i] = (byte) ((acc[i] + half) / area);
      }
    }
    return result;
  }

  /**
   * Per output index: the first input index and the fixed-point coverage of each input index,
   * summing to ONE.
   */
  private record Weights(int[] start, int[][] weights) {
    static Weights of(int in, int out) {
      int[] start = new int[out];
      int[][] weights = new int[out][];
      double scale = (double) in / out;
      for (int o = 0; o < out; o++) {
        double from = o * scale;
        double to = Math.min(in, (o + 1) * scale);
        int first = (int) Math.floor(from);
        int last = Math.min(in - 1, (int) Math.ceil(to) - 1);
        int[] w = new int[last - first + 1];
        int sum = 0;
        for (int i = first; i <= last; i++) {
          double cover = Math.min(to, i + 1) - Math.max(from, i);
          w[i - first] = (int) Math.round(cover / scale * ONE);
          sum += w[i - first];
        }
        w[w.length - 1] += ONE - sum; // rounding residue, so a flat image stays exactly flat
        start[o] = first;
        weights[o] = w;
      }
      return new Weights(start, weights);
    }
  }
}
