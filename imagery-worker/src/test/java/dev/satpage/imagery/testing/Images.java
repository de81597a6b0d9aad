package dev.satpage.imagery.testing;

import dev.satpage.imagery.codec.ImageIoJpegCodec;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Synthetic test images. */
public final class Images {
  private Images() {}

  public static BufferedImage solid(int width, int height, Color color) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  public static byte[] jpeg(int width, int height, Color color) {
    return new ImageIoJpegCodec().encode(solid(width, height, color), 0.9f);
  }
}
