package dev.satpage.imagery.codec;

import java.awt.image.BufferedImage;

/** Decodes and encodes JPEGs; a port so a faster codec (TurboJPEG) can replace ImageIO without touching the core. */
public interface JpegCodec {
  float PRINT_QUALITY = 0.92f;
  float PREVIEW_QUALITY = 0.85f;

  /**
   * The decoded image.
   *
   * @throws dev.satpage.model.failure.PermanentFailure {@code imagery-corrupt} if the bytes are not a decodable JPEG of
   *     sane dimensions
   */
  BufferedImage decode(byte[] jpeg);

  /** The image as a baseline JPEG at {@code quality} in [0, 1]. */
  byte[] encode(BufferedImage image, float quality);
}
