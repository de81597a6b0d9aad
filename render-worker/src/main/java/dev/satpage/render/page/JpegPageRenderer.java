package dev.satpage.render.page;

import dev.satpage.model.book.Layer;
import dev.satpage.model.book.Page;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.render.text.Typesetter;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Renders preview pages as JPEGs of {@link PageFormat#width()}×{@link PageFormat#height()} with Java2D. */
public final class JpegPageRenderer implements PageRenderer {
  private final PageFormat format;

  public JpegPageRenderer(PageFormat format) {
    this.format = format;
  }

  @Override
  public String contentType() {
    return "image/jpeg";
  }

  @Override
  public byte[] render(Page page, Map<String, DependencyImage> images, List<PageArt> art, Typesetter typesetter) {
    return encode(draw(page, images, art, typesetter));
  }

  /** Draws the page into an RGB image (exposed to the package for tests and previews). */
  BufferedImage draw(Page page, Map<String, DependencyImage> images, List<PageArt> art, Typesetter typesetter) {
    int w = format.width();
    int h = format.height();
    BufferedImage canvas = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      LayerPainter painter = new LayerPainter(g, typesetter, w, h);
      painter.background(page.layers().stream().anyMatch(l -> l instanceof Layer.Image));
      for (PageArt a : art) {
        painter.art(a, decode(a.encoded(), "template art " + a.asset()));
      }
      Map<String, BufferedImage> decoded = new HashMap<>();
      for (Layer layer : page.layers()) {
        switch (layer) {
          case Layer.Image img -> painter.image(img.fit(), decoded.computeIfAbsent(img.dependencyId(), id -> decode(need(images, id))));
          case Layer.Text text -> painter.text(text);
          case Layer.Attribution a -> painter.attribution(need(images, a.dependencyId()).attribution());
        }
      }
    } finally {
      g.dispose();
    }
    return canvas;
  }

  private static DependencyImage need(Map<String, DependencyImage> images, String dependencyId) {
    DependencyImage image = images.get(dependencyId);
    if (image == null) {
      // The service passes every dependency a page refers to; a gap is a programming error, not bad input.
      throw new IllegalArgumentException("no image given for dependency '" + dependencyId + "'");
    }
    return image;
  }

  private static BufferedImage decode(DependencyImage image) {
    return decode(image.encoded(), "dependency " + image.dependencyId() + ": " + image.uri());
  }

  private static BufferedImage decode(byte[] encoded, String what) {
    try {
      // A memory-cached stream: ImageIO.read(InputStream) would copy every image through a temp file first.
      BufferedImage decoded = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(encoded)));
      if (decoded == null) {
        throw new PermanentFailure(FailureReason.CORRUPT_IMAGE, what + " is not a readable image");
      }
      return decoded;
    } catch (IOException e) {
      throw new PermanentFailure(FailureReason.CORRUPT_IMAGE, what + " cannot be decoded: " + e.getMessage(), e);
    }
  }

  private byte[] encode(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(format.jpegQuality());
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG encoding failed", e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
