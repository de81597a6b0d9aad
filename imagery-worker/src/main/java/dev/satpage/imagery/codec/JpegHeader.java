package dev.satpage.imagery.codec;

import dev.satpage.model.failure.PermanentFailure;

/**
 * The frame size a JPEG declares, read by walking its marker segments up to the first SOFn without decoding anything,
 * so a "decompression bomb" (a few bytes claiming 60000 x 60000) is refused before any pixel memory is allocated.
 */
public record JpegHeader(int width, int height, int components) {
  /** Largest side accepted from a provider (Azure's static image limit). */
  public static final int MAX_SIDE = 8192;

  /**
   * The declared frame of {@code jpeg}.
   *
   * @throws PermanentFailure {@code imagery-corrupt} if it is not a JPEG, has no frame header, or declares more than
   *     {@link #MAX_SIDE} per side
   */
  public static JpegHeader read(byte[] jpeg) {
    if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
      throw corrupt("no JPEG start-of-image marker in " + jpeg.length + " bytes");
    }
    int i = 2;
    while (i + 4 <= jpeg.length) {
      if ((jpeg[i] & 0xFF) != 0xFF) {
        throw corrupt("no marker at offset " + i);
      }
      int marker = jpeg[i + 1] & 0xFF;
      if (marker == 0xFF) { // fill byte before a marker
        i++;
        continue;
      }
      int length = u16(jpeg, i + 2);
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
        if (i + 10 > jpeg.length) {
          throw corrupt("truncated frame header");
        }
        int height = u16(jpeg, i + 5);
        int width = u16(jpeg, i + 7);
        int components = jpeg[i + 9] & 0xFF;
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
          throw corrupt("JPEG header claims " + width + "x" + height + " (max " + MAX_SIDE + ")");
        }
        if (components != 1 && components != 3) {
          throw corrupt("JPEG with " + components + " components (CMYK?) is not aerial imagery");
        }
        return new JpegHeader(width, height, components);
      }
      if (marker == 0xDA || marker == 0xD9 || length < 2) {
        break;
      }
      i += 2 + length;
    }
    throw corrupt("no frame header (SOF) before the scan");
  }

  private static int u16(byte[] b, int at) {
    return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
  }

  private static PermanentFailure corrupt(String detail) {
    return new PermanentFailure("imagery-corrupt", detail);
  }
}
