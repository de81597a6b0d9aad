package dev.satpage.imagery.codec;

import dev.satpage.imagery.codec.internal.PngFile;
import dev.satpage.imagery.codec.internal.PngPixels;
import dev.satpage.imagery.codec.internal.PngScanlines;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Decodes a provider PNG straight into its place in the page: the declared size is checked first
 * ({@link PngHeader}), then the whole datastream's structure and CRCs ({@link PngFile}); the image
 * data is inflated by the JDK's native zlib and unfiltered a few rows at a time into the page's own
 * pixel array, clipped to the page, with no image per tile. Every colour type at 1–8 bits per
 * sample is decoded so; an interlaced (Adam7) or 16-bit PNG, which no provider is known to send, is
 * read by the JDK's PNG reader and drawn instead. Transparent pixels are composited onto the page's
 * black exactly as that drawing does. A truncated or malformed file is {@code imagery-corrupt}.
 */
public final class PngDecoder {
  private PngDecoder() {}

  /** As {@link JpegCodec#decodeInto}, for a PNG. */
  public static void decodeInto(
      byte[] png, int expectedWidth, int expectedHeight, PixelBuffer page, int x, int y) {
    checkSize(png, expectedWidth, expectedHeight);
    PngFile file = PngFile.parse(png);
    if (file.direct()) {
      PngScanlines.decode(
          png, file, new PngPixels(file, page.bgr(), page.width(), page.height(), x, y));
    } else {
      drawWithImageIo(png, page, x, y);
    }
  }

  /**
   * As {@link #decodeInto}, always through the JDK's reader and a Java2D draw (a new image per
   * call): the path every PNG took before this decoder, kept as the baseline of the benchmark in
   * {@code bench/}.
   */
  public static void decodeIntoWithJdkReader(
      byte[] png, int expectedWidth, int expectedHeight, PixelBuffer page, int x, int y) {
    checkSize(png, expectedWidth, expectedHeight);
    drawWithImageIo(png, page, x, y);
  }

  private static void checkSize(byte[] png, int expectedWidth, int expectedHeight) {
    PngHeader header = PngHeader.read(png);
    if (header.width() != expectedWidth || header.height() != expectedHeight) {
      throw new PermanentFailure(
          FailureReason.IMAGERY_WRONG_SIZE,
          "image is "
              + header.width()
              + "x"
              + header.height()
              + ", requested "
              + expectedWidth
              + "x"
              + expectedHeight);
    }
  }

  private static void drawWithImageIo(byte[] png, PixelBuffer page, int x, int y) {
    BufferedImage image = ImageIoReads.read(png, "png", reader -> null);
    Graphics2D g = page.image().createGraphics();
    try {
      g.drawImage(image, x, y, null); // clipped to the page: edge tiles keep only their overlap
    } finally {
      g.dispose();
    }
  }
}
