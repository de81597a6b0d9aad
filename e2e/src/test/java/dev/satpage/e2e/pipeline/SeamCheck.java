package dev.satpage.e2e.pipeline;

import java.awt.image.BufferedImage;

/**
 * Compares a stitched page with the simulator's ground truth for the same page
 * (GroundTruth.centred), in strips across the seams between the source images: the mean absolute
 * difference per channel.
 */
final class SeamCheck {
  static final int STRIP_HALF_WIDTH = 8;

  private SeamCheck() {}

  /**
   * Mean abs difference in the vertical strip around column {@code seamX}, comparing page(x,y) with
   * ref(x+dx, y).
   */
  static double verticalStrip(BufferedImage page, BufferedImage ref, int seamX, int dx) {
    long sum = 0;
    long n = 0;
    for (int y = 0; y < page.getHeight(); y++) {
      for (int x = seamX - STRIP_HALF_WIDTH; x < seamX + STRIP_HALF_WIDTH; x++) {
        sum += diff(page.getRGB(x, y), ref.getRGB(x + dx, y));
        n += 3;
      }
    }
    return (double) sum / n;
  }

  /**
   * Mean abs difference in the horizontal strip around row {@code seamY}, comparing page(x,y) with
   * ref(x, y+dy).
   */
  static double horizontalStrip(BufferedImage page, BufferedImage ref, int seamY, int dy) {
    long sum = 0;
    long n = 0;
    for (int y = seamY - STRIP_HALF_WIDTH; y < seamY + STRIP_HALF_WIDTH; y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        sum += diff(page.getRGB(x, y), ref.getRGB(x, y + dy));
        n += 3;
      }
    }
    return (double) sum / n;
  }

  private static int diff(int a, int b) {
    return Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff))
        + Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff))
        + Math.abs((a & 0xff) - (b & 0xff));
  }
}
