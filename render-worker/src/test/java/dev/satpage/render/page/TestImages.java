package dev.satpage.render.page;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Images for tests: a two-colour picture (left half / right half) and decoding of rendered pages.
 */
public final class TestImages {
  private TestImages() {}

  /**
   * A {@code width}×{@code height} image, {@code left} on the left half and {@code right} on the
   * right, encoded.
   */
  public static byte[] halves(int width, int height, Color left, Color right, String format) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(left);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(right);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    return encode(image, format);
  }

  /**
   * A 4000×3000 JPEG like the imagery worker's print output (a smooth gradient with a grid of
   * roofs), made once per test JVM because encoding it takes a few hundred milliseconds.
   */
  public static byte[] printJpeg() {
    return PrintJpeg.BYTES;
  }

  private static final class PrintJpeg {
    static final byte[] BYTES = aerial(4000, 3000);
  }

  /**
   * Something that looks a little like an aerial photo, {@code width}×{@code height}, as a JPEG.
   */
  public static byte[] aerial(int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(
        new java.awt.GradientPaint(0, 0, new Color(0x5E7F45), width, height, new Color(0x8A9A5B)));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0xB5543A));
    for (int x = width / 20; x < width; x += width / 10) {
      for (int y = height / 20; y < height; y += height / 8) {
        g.fillRect(x, y, width / 25, height / 25);
      }
    }
    g.dispose();
    return encode(img, "jpeg");
  }

  public static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static BufferedImage decode(byte[] encoded) {
    try {
      return ImageIO.read(new ByteArrayInputStream(encoded));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether two colours are within {@code tolerance} per channel (JPEG is lossy). */
  public static boolean near(int rgb, Color expected, int tolerance) {
    Color c = new Color(rgb);
    return Math.abs(c.getRed() - expected.getRed()) <= tolerance
        && Math.abs(c.getGreen() - expected.getGreen()) <= tolerance
        && Math.abs(c.getBlue() - expected.getBlue()) <= tolerance;
  }
}
