package dev.satpage.imagery.testing;

import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.imagery.codec.PixelBuffer;
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

  /** Deterministic high-entropy pixels (what aerial imagery looks like to an encoder). */
  public static BufferedImage noise(int width, int height, long seed) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    byte[] bgr = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < bgr.length; i++) {
      // smooth-ish noise: a gradient plus random texture, so JPEG neither collapses nor explodes
      bgr[i] = (byte) (((i / 3) % width) * 200 / width + random.nextInt(56));
    }
    return image;
  }

  public static byte[] jpeg(int width, int height, Color color) {
    return new ImageIoJpegCodec().encode(PixelBuffer.of(solid(width, height, color)), 90, 72);
  }

  /**
   * A solid PNG, as Azure Maps documents its imagery tiles (and its static images without Accept:
   * image/jpeg).
   */
  public static byte[] png(int width, int height, Color color) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(solid(width, height, color), "png", out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
