package dev.satpage.imagery.codec;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.image.JpegFrame;

/**
 * The frame size a provider JPEG declares ({@link JpegFrame}), bounded, so a "decompression bomb"
 * (a few bytes claiming 60000 x 60000) is refused before any pixel memory is allocated.
 */
public record JpegHeader(int width, int height, int components) {
  /**
   * Largest side accepted: a bound against decompression bombs (documented provider images stop at
   * 2000 px).
   */
  public static final int MAX_SIDE = 8192;

  /**
   * The declared frame of {@code jpeg}.
   *
   * @throws PermanentFailure {@code imagery-corrupt} if it is not a JPEG, has no frame header, or
   *     declares more than {@link #MAX_SIDE} per side
   */
  public static JpegHeader read(byte[] jpeg) {
    JpegFrame frame;
    try {
      frame = JpegFrame.read(jpeg);
    } catch (IllegalArgumentException e) {
      throw corrupt(e.getMessage());
    }
    int width = frame.width();
    int height = frame.height();
    if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
      throw corrupt("JPEG header claims " + width + "x" + height + " (max " + MAX_SIDE + ")");
    }
    if (frame.components() != 1 && frame.components() != 3) {
      throw corrupt(
          "JPEG with " + frame.components() + " components (CMYK?) is not aerial imagery");
    }
    return new JpegHeader(width, height, frame.components());
  }

  private static PermanentFailure corrupt(String detail) {
    return new PermanentFailure(FailureReason.IMAGERY_CORRUPT, detail);
  }
}
