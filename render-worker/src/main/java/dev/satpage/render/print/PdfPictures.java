package dev.satpage.render.print;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.image.JpegFrame;
import dev.satpage.render.design.PageSources;
import dev.satpage.render.design.PixelSize;
import dev.satpage.render.page.DependencyImage;
import dev.satpage.render.template.Template;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A print document's pictures, each embedded once, whichever pages draw it, when the design first
 * asks for its size.
 */
final class PdfPictures implements PageSources {
  private final PDDocument doc;
  private final Map<String, DependencyImage> images;
  private final Template template;
  private final PreparedArt prepared;
  private final Map<String, PDImageXObject> dependencies = new HashMap<>();
  private final Map<String, PDImageXObject> art = new HashMap<>();

  PdfPictures(
      PDDocument doc,
      Map<String, DependencyImage> images,
      Template template,
      PreparedArt prepared) {
    this.doc = doc;
    this.images = images;
    this.template = template;
    this.prepared = prepared;
  }

  /** A dependency's print JPEG, embedded once per object (two dependencies may share one). */
  PDImageXObject dependencyPicture(String dependencyId) {
    DependencyImage image = DependencyImage.of(images, dependencyId);
    return dependencies.computeIfAbsent(
        image.uri(), uri -> jpeg(doc, image.encoded(), image.describe()));
  }

  PDImageXObject artPicture(String asset) {
    return art.computeIfAbsent(
        asset, a -> prepared.image(doc, template.art().get(a), describeArt(a)));
  }

  String describeDependency(String dependencyId) {
    return DependencyImage.of(images, dependencyId).describe();
  }

  static String describeArt(String asset) {
    return "template art " + asset;
  }

  @Override
  public PixelSize image(String dependencyId) {
    PDImageXObject image = dependencyPicture(dependencyId);
    return new PixelSize(image.getWidth(), image.getHeight());
  }

  @Override
  public PixelSize art(String asset) {
    PDImageXObject image = artPicture(asset);
    return new PixelSize(image.getWidth(), image.getHeight());
  }

  @Override
  public String attribution(String dependencyId) {
    return DependencyImage.of(images, dependencyId).attribution();
  }

  /**
   * The JPEG as it is: its DCT stream goes into the PDF unchanged, so print quality is exactly what
   * imagery made. The size and colour components come from its frame header ({@link JpegFrame});
   * PDFBox's JPEGFactory would parse the whole file through ImageIO's metadata reader (and a temp
   * file) to learn the same.
   */
  private static PDImageXObject jpeg(PDDocument doc, byte[] encoded, String what) {
    JpegFrame frame;
    try {
      frame = JpegFrame.read(encoded);
    } catch (IllegalArgumentException e) {
      throw new PermanentFailure(
          FailureReason.CORRUPT_IMAGE, what + " is not a readable JPEG: " + e.getMessage(), e);
    }
    PDColorSpace colours =
        switch (frame.components()) {
          case 1 -> PDDeviceGray.INSTANCE;
          case 3 -> PDDeviceRGB.INSTANCE;
          default ->
              throw new PermanentFailure(
                  FailureReason.CORRUPT_IMAGE,
                  what
                      + " is a JPEG with "
                      + frame.components()
                      + " colour components; print pictures are RGB");
        };
    try {
      return new PDImageXObject(
          doc,
          new ByteArrayInputStream(encoded),
          COSName.DCT_DECODE,
          frame.width(),
          frame.height(),
          8,
          colours);
    } catch (IOException e) {
      throw new UncheckedIOException("embedding " + what + " failed", e);
    }
  }
}
