package dev.satpage.devstack.imagery;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * PNG bytes for the simulator (Azure answers PNG unless asked for JPEG): the honest encoding and
 * the broken variants of the fault knobs. Layout per the PNG specification (W3C,
 * https://www.w3.org/TR/png-3/): an 8-byte signature, then chunks of length (4), type (4), data,
 * CRC-32 (4); IHDR comes first, width and height its first 8 data bytes.
 */
final class PngCodec {
  private static final int SIGNATURE = 8;
  private static final int IHDR_END = SIGNATURE + 4 + 4 + 13 + 4;

  private PngCodec() {}

  static byte[] encode(BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight());
    try {
      if (!ImageIO.write(image, "png", bytes)) {
        throw new IllegalStateException("no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Signature and IHDR intact (the size still reads right), then random bytes instead of the image
   * data and IEND.
   */
  static byte[] corrupt(byte[] png, RandomGenerator random) {
    byte[] garbage = new byte[Math.max(64, (png.length - IHDR_END) / 2)];
    synchronized (random) {
      random.nextBytes(garbage);
    }
    byte[] result = Arrays.copyOf(png, IHDR_END + garbage.length);
    System.arraycopy(garbage, 0, result, IHDR_END, garbage.length);
    return result;
  }

  /**
   * A tiny valid PNG whose IHDR claims 60000×60000 pixels (CRC recomputed, so only the size is a
   * lie).
   */
  static byte[] absurdDimensions() {
    byte[] png = encode(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB));
    int data = SIGNATURE + 8;
    writeInt(png, data, JpegCodec.ABSURD_DIMENSION);
    writeInt(png, data + 4, JpegCodec.ABSURD_DIMENSION);
    CRC32 crc = new CRC32();
    crc.update(png, SIGNATURE + 4, 4 + 13); // type and data
    writeInt(png, data + 13, (int) crc.getValue());
    return png;
  }

  private static void writeInt(byte[] bytes, int offset, int value) {
    bytes[offset] = (byte) (value >>> 24);
    bytes[offset + 1] = (byte) (value >>> 16);
    bytes[offset + 2] = (byte) (value >>> 8);
    bytes[offset + 3] = (byte) value;
  }
}
