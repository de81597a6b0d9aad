package dev.satpage.imagery.codec;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * {@link JpegCodec} on the JDK's ImageIO, the fallback when libjpeg-turbo is absent. Reads the
 * declared frame size first ({@link JpegHeader}) and refuses oversized images before allocating
 * pixels; decoder warnings such as a truncated file count as corruption, so a half-grey image never
 * reaches print.
 */
public final class ImageIoJpegCodec implements JpegCodec {
  public static final int MAX_SIDE = JpegHeader.MAX_SIDE;

  static {
    ImageIO.setUseCache(false); // decode from memory, not via temporary files
  }

  @Override
  public String name() {
    return "imageio";
  }

  /** The decoded image, after the header check. */
  public BufferedImage decode(byte[] jpeg) {
    JpegHeader.read(jpeg);
    return ImageIoReads.read(jpeg, "jpeg", reader -> null);
  }

  /**
   * Decodes straight into the page: the reader writes into the page image at the destination
   * offset, reading only the source region that overlaps the page (edge tiles), so no intermediate
   * image is allocated or copied.
   */
  @Override
  public void decodeInto(
      byte[] jpeg, int expectedWidth, int expectedHeight, PixelBuffer page, int x, int y) {
    JpegHeader header = JpegHeader.read(jpeg);
    if (header.width() != expectedWidth || header.height() != expectedHeight) {
      throw new PermanentFailure(
          FailureReason.IMAGERY_WRONG_SIZE,
          "image is "
              + header.width()
              + "x"
              + header.height()
              + ", requested "
              + expectedWidth
              + "x"
              + expectedHeight);
    }
    int fromX = Math.max(0, -x);
    int fromY = Math.max(0, -y);
    int width = Math.min(header.width(), page.width() - x) - fromX;
    int height = Math.min(header.height(), page.height() - y) - fromY;
    if (width <= 0 || height <= 0) {
      return; // wholly outside the page
    }
    ImageIoReads.read(
        jpeg,
        "jpeg",
        reader -> {
          ImageReadParam param = reader.getDefaultReadParam();
          param.setDestination(page.image());
          param.setSourceRegion(new Rectangle(fromX, fromY, width, height));
          param.setDestinationOffset(new Point(x + fromX, y + fromY));
          return param;
        });
  }

  @Override
  public byte[] encode(PixelBuffer image, int quality, int densityPpi) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream(image.width() * image.height() / 4);
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality / 100f);
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image.image(), null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG encoding failed", e);
    } finally {
      writer.dispose();
    }
    return Jfif.withDensity(out.toByteArray(), densityPpi);
  }

  /**
   * Area averaging ({@link AreaResize}), as the TurboJPEG codec: at least as clean as imgscalr
   * {@code QUALITY} at 4× (imgscalr SPEED/BALANCED alias visibly there) and much cheaper on a 12 MP
   * page (numbers in docs/benchmarks.md).
   */
  @Override
  public PixelBuffer preview(PixelBuffer image, int width) {
    return AreaResize.toWidth(image, width);
  }
}
