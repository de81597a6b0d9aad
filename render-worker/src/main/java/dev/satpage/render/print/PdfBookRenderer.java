package dev.satpage.render.print;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Layer;
import dev.satpage.model.book.Page;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.image.JpegFrame;
import dev.satpage.render.page.DependencyImage;
import dev.satpage.render.template.BookTemplate;
import dev.satpage.render.template.Template;
import dev.satpage.render.text.FontChain;
import dev.satpage.render.text.Typesetter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a whole book into one print PDF for a {@link PrintProfile}: every page is the template's trim plus the
 * profile's bleed (MediaBox = BleedBox), with its TrimBox set; satellite pictures are the 4000×3000 print JPEGs embedded
 * as they are (no re-encode); text is set by the {@link FontChain} and written as outlines (no font in the file); the
 * document carries an sRGB output intent. The bytes are
 * deterministic for the same inputs (fixed document id, no timestamps).
 */
public final class PdfBookRenderer {
  private final PrintProfile profile;
  private final FontChain fonts;
  private final PreparedArt art = new PreparedArt();

  public PdfBookRenderer(PrintProfile profile, FontChain fonts) {
    this.profile = profile;
    this.fonts = fonts;
  }

  public PrintProfile profile() {
    return profile;
  }

  /**
   * The PDF of {@code book}; {@code images} holds every dependency's print JPEG by dependency id.
   *
   * @throws PermanentFailure {@code corrupt-image}, {@code low-resolution-image}, {@code unprintable-text} or
   *     {@code invalid-template} when the inputs cannot make a correct print file
   */
  public byte[] render(DefinitionFile book, Map<String, DependencyImage> images, Template template) {
    BookTemplate spec = template.spec();
    PrintGeometry geometry;
    try {
      geometry = new PrintGeometry(spec.trimWidthMm(), spec.trimHeightMm(), profile.bleedMm(), profile.safetyMarginMm());
    } catch (IllegalArgumentException e) {
      throw new PermanentFailure(FailureReason.INVALID_TEMPLATE, "product " + spec.productId() + " with print profile " + profile.id() + ": " + e.getMessage(), e);
    }
    try (PDDocument doc = new PDDocument()) {
      doc.setVersion(1.6f);
      Typesetter typesetter = fonts.typesetter(template.font(), template.spec().font(), template.direction());
      Map<String, PDImageXObject> embedded = new HashMap<>();
      for (Page page : book.pages()) {
        PDPage pdfPage = new PDPage(geometry.media());
        pdfPage.setBleedBox(geometry.media());
        pdfPage.setTrimBox(geometry.trim());
        doc.addPage(pdfPage);
        try (PDPageContentStream cs = new PDPageContentStream(doc, pdfPage)) {
          drawPage(doc, new PdfPagePainter(cs, geometry, typesetter, profile.minPpi()), page, images, template, embedded);
        }
      }
      describe(doc, book);
      OutputIntents.addSrgb(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024 * 1024);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing the print PDF of book " + book.bookId() + " failed", e);
    }
  }

  private void drawPage(
      PDDocument doc,
      PdfPagePainter painter,
      Page page,
      Map<String, DependencyImage> images,
      Template template,
      Map<String, PDImageXObject> embedded)
      throws IOException {
    painter.background(page.layers().stream().anyMatch(l -> l instanceof Layer.Image));
    for (BookTemplate.Art art : template.spec().artOf(page.pageId())) {
      String what = "template art " + art.asset();
      PDImageXObject image =
          embedded.computeIfAbsent("art:" + art.asset(), k -> this.art.image(doc, template.art().get(art.asset()), what));
      painter.art(image, art.x(), art.y(), art.width(), what);
    }
    for (Layer layer : page.layers()) {
      switch (layer) {
        case Layer.Image img -> {
          DependencyImage dependency = need(images, img.dependencyId());
          String what = "dependency " + dependency.dependencyId() + ": " + dependency.uri();
          PDImageXObject image = embedded.computeIfAbsent("dep:" + dependency.uri(), k -> jpeg(doc, dependency.encoded(), what));
          painter.image(img.fit(), image, what);
        }
        case Layer.Text text -> painter.text(text);
        case Layer.Attribution a -> painter.attribution(need(images, a.dependencyId()).attribution());
      }
    }
  }

  private static DependencyImage need(Map<String, DependencyImage> images, String dependencyId) {
    DependencyImage image = images.get(dependencyId);
    if (image == null) {
      // The service passes every dependency a page refers to; a gap is a programming error, not bad input.
      throw new IllegalArgumentException("no image given for dependency '" + dependencyId + "'");
    }
    return image;
  }

  /**
   * The JPEG as it is: its DCT stream goes into the PDF unchanged, so print quality is exactly what imagery made. The
   * size and colour components come from its frame header ({@link JpegFrame}); PDFBox's JPEGFactory would parse the
   * whole file through ImageIO's metadata reader (and a temp file) to learn the same.
   */
  private static PDImageXObject jpeg(PDDocument doc, byte[] encoded, String what) {
    JpegFrame frame;
    try {
      frame = JpegFrame.read(encoded);
    } catch (IllegalArgumentException e) {
      throw new PermanentFailure(FailureReason.CORRUPT_IMAGE, what + " is not a readable JPEG: " + e.getMessage(), e);
    }
    PDColorSpace colours = switch (frame.components()) {
      case 1 -> PDDeviceGray.INSTANCE;
      case 3 -> PDDeviceRGB.INSTANCE;
      default -> throw new PermanentFailure(FailureReason.CORRUPT_IMAGE,
          what + " is a JPEG with " + frame.components() + " colour components; print pictures are RGB");
    };
    try {
      return new PDImageXObject(doc, new ByteArrayInputStream(encoded), COSName.DCT_DECODE, frame.width(),
          frame.height(), 8, colours);
    } catch (IOException e) {
      throw new UncheckedIOException("embedding " + what + " failed", e);
    }
  }

  private void describe(PDDocument doc, DefinitionFile book) {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(book.personalisation().childName() + " — " + book.bookId() + " v" + book.version());
    info.setProducer("satpage render-worker (Apache PDFBox)");
    info.setCustomMetadataValue("SatpagePrintProfile", profile.id());
    // A fixed id instead of PDFBox's time-based one: the same book gives the same bytes, so a retry is comparable.
    byte[] id = Arrays.copyOf(sha256(book.bookId() + "/v" + book.version() + "/" + profile.id()), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
