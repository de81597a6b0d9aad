package dev.satpage.devstack.imagery;

import java.awt.image.BufferedImage;

/** Test helper: mean absolute difference per channel between two equally sized images. */
final class ImageDiff {
  private ImageDiff() {}

  static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      throw new IllegalArgumentException("sizes differ");
    }
    long sum = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        sum += Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF));
        sum += Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF));
        sum += Math.abs((p & 0xFF) - (q & 0xFF));
      }
    }
    return sum / (3.0 * a.getWidth() * a.getHeight());
  }
}
