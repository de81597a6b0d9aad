package dev.satpage.imagery.codec;

import dev.satpage.model.failure.PermanentFailure;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * {@link JpegCodec} on the JDK's ImageIO. Reads the header first and refuses images over {@link #MAX_SIDE} pixels per
 * side before allocating pixels (a "decompression bomb" costs a few bytes); decoder warnings such as a truncated file
 * count as corruption, so a half-grey image never reaches print.
 */
public final class ImageIoJpegCodec implements JpegCodec {
  public static final int MAX_SIDE = 8192;

  static {
    ImageIO.setUseCache(false); // decode from memory, not via temporary files
  }

  @Override
  public BufferedImage decode(byte[] jpeg) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
      ImageReader reader = reader("jpeg");
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
          throw new PermanentFailure("imagery-corrupt", "JPEG header claims " + width + "x" + height + " (max " + MAX_SIDE + ")");
        }
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image = reader.read(0);
        if (!warnings.isEmpty()) {
          throw new PermanentFailure("imagery-corrupt", "JPEG decoder: " + String.join("; ", warnings));
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (PermanentFailure e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // The decoder throws IIOException and, on some malformed streams, unchecked exceptions; none of them heal on retry.
      throw new PermanentFailure("imagery-corrupt", "cannot decode JPEG of " + jpeg.length + " bytes: " + e, e);
    }
  }

  @Override
  public byte[] encode(BufferedImage image, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4);
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG encoding failed", e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static ImageReader reader(String format) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      throw new IllegalStateException("no ImageIO reader for " + format);
    }
    return readers.next();
  }
}
