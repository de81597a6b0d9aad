package dev.satpage.devstack.imagery;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * JPEG bytes for the simulator: the honest encoding and the deliberately broken variants the fault
 * knobs serve.
 */
final class JpegCodec {
  static final float QUALITY = 0.9f;
  static final int ABSURD_DIMENSION = 60_000;
  private static final int SOF0 = 0xC0;
  private static final int SOS = 0xDA;

  private JpegCodec() {}

  static byte[] encode(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes =
        new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 2);
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(QUALITY);
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /**
   * Keeps every marker segment up to and including the start-of-scan header intact (so the image
   * still "looks" like a JPEG of the right size), then replaces the entropy-coded data with random
   * bytes and drops the end-of-image marker.
   */
  static byte[] corrupt(byte[] jpeg, RandomGenerator random) {
    int scanStart = segmentEnd(jpeg, SOS);
    byte[] garbage = new byte[Math.max(64, (jpeg.length - scanStart) / 2)];
    synchronized (random) {
      random.nextBytes(garbage);
    }
    byte[] result = Arrays.copyOf(jpeg, scanStart + garbage.length);
    System.arraycopy(garbage, 0, result, scanStart, garbage.length);
    if (result[result.length - 2] == (byte) 0xFF && result[result.length - 1] == (byte) 0xD9) {
      result[result.length - 1] = 0; // never end with a valid EOI by chance
    }
    return result;
  }

  /**
   * A tiny valid JPEG whose frame header claims 60000×60000 pixels: a decompression bomb for naive
   * decoders.
   */
  static byte[] absurdDimensions() {
    byte[] jpeg = encode(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB));
    int sof = markerOffset(jpeg, SOF0);
    // SOF0 layout: FF C0, length (2), precision (1), height (2), width (2).
    jpeg[sof + 5] = (byte) (ABSURD_DIMENSION >> 8);
    jpeg[sof + 6] = (byte) ABSURD_DIMENSION;
    jpeg[sof + 7] = (byte) (ABSURD_DIMENSION >> 8);
    jpeg[sof + 8] = (byte) ABSURD_DIMENSION;
    return jpeg;
  }

  /** Offset of the first marker {@code FF code} found by walking the marker segments after SOI. */
  private static int markerOffset(byte[] jpeg, int code) {
    int i = 2;
    while (i + 4 <= jpeg.length) {
      if ((jpeg[i] & 0xFF) != 0xFF) {
        throw new IllegalStateException("not a marker at offset " + i);
      }
      int marker = jpeg[i + 1] & 0xFF;
      if (marker == code) {
        return i;
      }
      int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
      i += 2 + length;
    }
    throw new IllegalStateException("marker FF" + Integer.toHexString(code) + " not found");
  }

  private static int segmentEnd(byte[] jpeg, int code) {
    int offset = markerOffset(jpeg, code);
    int length = ((jpeg[offset + 2] & 0xFF) << 8) | (jpeg[offset + 3] & 0xFF);
    return offset + 2 + length;
  }
}
