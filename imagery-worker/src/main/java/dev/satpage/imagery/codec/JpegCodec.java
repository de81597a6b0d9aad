package dev.satpage.imagery.codec;

/**
 * Decodes provider JPEGs into a page and encodes the print and preview JPEGs; a port with a fast
 * adapter ({@link TurboJpegCodec}, native libjpeg-turbo through FFM) and a pure-Java one ({@link
 * ImageIoJpegCodec}).
 */
public interface JpegCodec {
  /** {@code turbojpeg} or {@code imageio}: logged at start-up and used as a metric tag. */
  String name();

  /**
   * Decodes {@code jpeg} and writes it into {@code page} with its top-left at ({@code x}, {@code
   * y}); the parts outside the page are dropped.
   *
   * @throws dev.satpage.model.failure.PermanentFailure {@code imagery-corrupt} if the bytes are not
   *     a decodable JPEG of sane dimensions, {@code imagery-wrong-size} if it is not {@code
   *     expectedWidth} x {@code expectedHeight}
   */
  void decodeInto(
      byte[] jpeg, int expectedWidth, int expectedHeight, PixelBuffer page, int x, int y);

  /**
   * The image as a baseline 4:2:0 JFIF JPEG at {@code quality} (1–100) declaring {@code densityPpi}
   * pixels per inch.
   */
  byte[] encode(PixelBuffer image, int quality, int densityPpi);

  /** The image scaled to {@code width} pixels wide, keeping its aspect ratio. */
  PixelBuffer preview(PixelBuffer image, int width);
}
