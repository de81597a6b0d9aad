package dev.satpage.render.page;

import dev.satpage.model.book.Page;
import dev.satpage.render.design.Element;
import dev.satpage.render.design.Margins;
import dev.satpage.render.design.PageDesign;
import dev.satpage.render.design.Sheet;
import dev.satpage.render.template.Template;
import dev.satpage.render.text.SetLines;
import dev.satpage.render.text.Typesetter;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Renders preview pages as JPEGs of the trim, {@link PageFormat#width()} pixels wide, with Java2D:
 * the page as {@link PageDesign} lays it out on the template's trim under the printhouse's {@link
 * Margins}, so the preview shows what the trimmed print page shows.
 */
public final class JpegPageRenderer implements PageRenderer {
  private final PageFormat format;
  private final Margins margins;

  public JpegPageRenderer(PageFormat format, Margins margins) {
    this.format = format;
    this.margins = margins;
  }

  @Override
  public String contentType() {
    return "image/jpeg";
  }

  @Override
  public byte[] render(
      Page page, Map<String, DependencyImage> images, Template template, Typesetter typesetter) {
    return encode(draw(page, images, template, typesetter));
  }

  /** Draws the page into an RGB image (exposed to the package for tests and previews). */
  BufferedImage draw(
      Page page, Map<String, DependencyImage> images, Template template, Typesetter typesetter) {
    Sheet sheet = Sheet.of(template.spec(), margins);
    SetLines lines = new SetLines(typesetter);
    DecodedPictures pictures = new DecodedPictures(images, template);
    List<Element> elements =
        new PageDesign(sheet, lines).layout(page, template.spec().artOf(page.pageId()), pictures);
    // Bytes, not packed ints: ImageIO's JPEG writer copies a packed-int raster into its byte rows
    // pixel by pixel through the generic Raster.getPixels path (in the profile of a load run, 40 %
    // of the time spent on a preview page); a byte raster is copied row by row.
    BufferedImage canvas =
        new BufferedImage(format.width(), format.height(sheet), BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = canvas.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      PreviewPainter painter = new PreviewPainter(g, format.scale(sheet), lines, pictures);
      for (Element element : elements) {
        painter.draw(element);
      }
    } finally {
      g.dispose();
    }
    return canvas;
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
