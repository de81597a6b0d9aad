package dev.satpage.imagery.testing;

import dev.satpage.imagery.codec.PixelBuffer;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The reference for PNG decoding: the JDK's PNG reader (ImageIO) decodes, Java2D draws the image
 * onto a copy of the page — what the worker did before it had its own decoder — and the JDK's PNG
 * writer makes test files.
 */
public final class ReferencePng {
  private ReferencePng() {}

  /**
   * {@code page}'s pixels after ImageIO's decode of {@code png} is drawn with its top-left at
   * {@code x}, {@code y}.
   */
  public static byte[] drawn(byte[] png, PixelBuffer page, int x, int y) {
    return drawn(read(png), page, x, y);
  }

  /**
   * As {@link #drawn(byte[], PixelBuffer, int, int)}, except that a greyscale image with alpha is
   * first turned into RGBA by repeating ImageIO's grey sample: Java2D treats the grey colour space
   * ImageIO gives such an image as linear and converts it to sRGB when drawing (grey 10 lands as
   * 56), while it copies an opaque grey image's samples unchanged; the PNG specification has one
   * colour space for grey and colour samples (https://www.w3.org/TR/png-3/ #6Colour-values,
   * #13Decoder-colour-handling).
   */
  public static byte[] drawnGreyAsSrgb(byte[] png, PixelBuffer page, int x, int y) {
    BufferedImage image = read(png);
    if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
        && image.getColorModel().hasAlpha()) {
      image = greyAlphaAsRgba(image);
    }
    return drawn(image, page, x, y);
  }

  public static BufferedImage read(byte[] png) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image == null) {
        throw new IllegalArgumentException("ImageIO cannot read it");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code image} written by the JDK's PNG writer (which picks a filter per row), Adam7-interlaced
   * if asked.
   */
  public static byte[] write(BufferedImage image, boolean interlaced) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (interlaced) {
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
      }
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** A copy of {@code page}'s pixels as a new buffer. */
  public static PixelBuffer copy(PixelBuffer page) {
    PixelBuffer copy = PixelBuffer.allocate(page.width(), page.height());
    System.arraycopy(page.bgr(), 0, copy.bgr(), 0, page.bgr().length);
    return copy;
  }

  private static byte[] drawn(BufferedImage image, PixelBuffer page, int x, int y) {
    PixelBuffer copy = copy(page);
    Graphics2D g = copy.image().createGraphics();
    try {
      g.drawImage(image, x, y, null);
    } finally {
      g.dispose();
    }
    return copy.bgr();
  }

  private static BufferedImage greyAlphaAsRgba(BufferedImage grey) {
    if (grey.getColorModel().getTransparency() == Transparency.OPAQUE) {
      throw new IllegalArgumentException("not a grey image with alpha");
    }
    Raster raster = grey.getRaster();
    int greyMax = (1 << grey.getColorModel().getComponentSize(0)) - 1;
    int alphaMax = (1 << grey.getColorModel().getComponentSize(1)) - 1;
    BufferedImage rgba =
        new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_4BYTE_ABGR);
    for (int y = 0; y < grey.getHeight(); y++) {
      for (int x = 0; x < grey.getWidth(); x++) {
        int g = raster.getSample(x, y, 0) * 255 / greyMax;
        int a = raster.getSample(x, y, 1) * 255 / alphaMax;
        rgba.getRaster().setPixel(x, y, new int[] {g, g, g, a});
      }
    }
    return rgba;
  }
}
