package dev.satpage.imagery.codec;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * An opaque 8-bit BGR image in one heap array, rows {@code width * 3} bytes apart: the layout of
 * Java2D's {@code TYPE_3BYTE_BGR} (so ImageIO reads and writes it without conversion) and
 * TurboJPEG's {@code TJPF_BGR} (so it decodes straight into place). The array is shared, not
 * copied.
 */
public final class PixelBuffer {
  private final BufferedImage image;
  private final byte[] bgr;

  private PixelBuffer(BufferedImage image) {
    this.image = image;
    this.bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
  }

  /** A black image of the given size. */
  public static PixelBuffer allocate(int width, int height) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
    }
    return new PixelBuffer(new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR));
  }

  /** {@code image} itself if it is TYPE_3BYTE_BGR, else a converted copy. */
  public static PixelBuffer of(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
        && image.getRaster().getDataBuffer() instanceof DataBufferByte
        && image.getRaster().getSampleModelTranslateX() == 0
        && image.getRaster().getSampleModelTranslateY() == 0) {
      return new PixelBuffer(image);
    }
    PixelBuffer copy = allocate(image.getWidth(), image.getHeight());
    var g = copy.image.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return copy;
  }

  public int width() {
    return image.getWidth();
  }

  public int height() {
    return image.getHeight();
  }

  /** Bytes per row. */
  public int stride() {
    return image.getWidth() * 3;
  }

  /** The pixels, B, G, R per pixel, row after row; writes show in {@link #image()}. */
  public byte[] bgr() {
    return bgr;
  }

  /** The same pixels as a Java2D image. */
  public BufferedImage image() {
    return image;
  }
}
