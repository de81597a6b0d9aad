package dev.satpage.imagery.codec;

import dev.satpage.model.failure.PermanentFailure;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Decodes a provider PNG into its place in the page with the JDK's PNG reader. The declared size is checked first
 * ({@link PngHeader}); a truncated or malformed file, or one the reader warns about, is {@code imagery-corrupt}.
 * Transparent pixels (if a provider ever sent any) land on the page's black.
 */
public final class PngDecoder {
  private PngDecoder() {}

  /** As {@link JpegCodec#decodeInto}, for a PNG. */
  public static void decodeInto(byte[] png, int expectedWidth, int expectedHeight, PixelBuffer page, int x, int y) {
    PngHeader header = PngHeader.read(png);
    if (header.width() != expectedWidth || header.height() != expectedHeight) {
      throw new PermanentFailure("imagery-wrong-size", "image is " + header.width() + "x" + header.height()
          + ", requested " + expectedWidth + "x" + expectedHeight);
    }
    BufferedImage image = ImageIoReads.read(png, "png", reader -> null);
    Graphics2D g = page.image().createGraphics();
    try {
      g.drawImage(image, x, y, null); // clipped to the page: edge tiles keep only their overlap
    } finally {
      g.dispose();
    }
  }
}
