package dev.satpage.imagery.codec;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * One ImageIO read of a provider image from memory, strict: a decoder warning (such as a truncated
 * file) and every decoder exception count as {@code imagery-corrupt}, so a half-grey image never
 * reaches print.
 */
final class ImageIoReads {
  static {
    ImageIO.setUseCache(false); // decode from memory, not via temporary files
  }

  private ImageIoReads() {}

  /**
   * Image 0 of {@code bytes} read by ImageIO's reader for {@code format} ({@code jpeg}, {@code
   * png}), with the read parameters {@code param} makes for that reader (null for the whole image
   * into a new one).
   */
  static BufferedImage read(
      byte[] bytes, String format, Function<ImageReader, ImageReadParam> param) {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = reader(format);
      try {
        reader.setInput(in, true, true);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image = reader.read(0, param.apply(reader));
        if (!warnings.isEmpty()) {
          throw new PermanentFailure(
              FailureReason.IMAGERY_CORRUPT, format + " decoder: " + String.join("; ", warnings));
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (PermanentFailure e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // The decoders throw IIOException and, on some malformed streams, unchecked exceptions; none
      // heal on retry.
      throw new PermanentFailure(
          FailureReason.IMAGERY_CORRUPT,
          "cannot decode " + format + " of " + bytes.length + " bytes: " + e,
          e);
    }
  }

  private static ImageReader reader(String format) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      throw new IllegalStateException("no ImageIO reader for " + format);
    }
    return readers.next();
  }
}
