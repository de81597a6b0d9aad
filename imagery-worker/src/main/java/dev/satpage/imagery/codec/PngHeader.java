package dev.satpage.imagery.codec;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;

/**
 * The size a PNG declares in its IHDR chunk, which the PNG specification requires to come first
 * after the signature (https://www.w3.org/TR/png-3/#11IHDR: length 13, type "IHDR", width and
 * height as 4-byte big-endian integers), read without decoding and bounded like {@link JpegHeader},
 * so a few bytes claiming 60000 x 60000 allocate nothing.
 */
public record PngHeader(int width, int height) {
  private static final int IHDR_END = 8 + 4 + 4 + 13;

  /**
   * @throws PermanentFailure {@code imagery-corrupt} if it is not a PNG starting with IHDR, or
   *     declares a side outside 1..{@link JpegHeader#MAX_SIDE}
   */
  public static PngHeader read(byte[] png) {
    if (ImageFormat.sniff(png).orElse(null) != ImageFormat.PNG || png.length < IHDR_END) {
      throw corrupt("not a PNG (" + png.length + " bytes)");
    }
    if (u32(png, 8) != 13 || png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
      throw corrupt("PNG without an IHDR chunk first");
    }
    long width = u32(png, 16);
    long height = u32(png, 20);
    if (width < 1 || height < 1 || width > JpegHeader.MAX_SIDE || height > JpegHeader.MAX_SIDE) {
      throw corrupt(
          "PNG header claims " + width + "x" + height + " (max " + JpegHeader.MAX_SIDE + ")");
    }
    return new PngHeader((int) width, (int) height);
  }

  private static long u32(byte[] b, int i) {
    return ((b[i] & 0xFFL) << 24)
        | ((b[i + 1] & 0xFFL) << 16)
        | ((b[i + 2] & 0xFFL) << 8)
        | (b[i + 3] & 0xFFL);
  }

  private static PermanentFailure corrupt(String detail) {
    return new PermanentFailure(FailureReason.IMAGERY_CORRUPT, detail);
  }
}
