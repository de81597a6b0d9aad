package dev.satpage.render.print;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Page;
import dev.satpage.render.design.Element;
import dev.satpage.render.design.PageDesign;
import dev.satpage.render.design.Sheet;
import dev.satpage.render.page.DependencyImage;
import dev.satpage.render.template.Template;
import dev.satpage.render.text.FontChain;
import dev.satpage.render.text.SetLines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Renders a whole book into one print PDF for a {@link PrintProfile}: every page is the template's
 * trim plus the profile's bleed (MediaBox = BleedBox), with its TrimBox set, drawn as {@link
 * PageDesign} lays it out (the preview draws the same design); satellite pictures are the 4000×3000
 * print JPEGs embedded as they are (no re-encode); text is set by the {@link FontChain} and written
 * as outlines (no font in the file); the document carries an sRGB output intent. The bytes are
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
   * @throws dev.satpage.model.failure.PermanentFailure {@code corrupt-image}, {@code
   *     low-resolution-image}, {@code unprintable-text} or {@code invalid-template} when the inputs
   *     cannot make a correct print file
   */
  public byte[] render(
      DefinitionFile book, Map<String, DependencyImage> images, Template template) {
    PdfSpace space = new PdfSpace(Sheet.of(template.spec(), profile.margins()));
    try (PDDocument doc = new PDDocument()) {
      doc.setVersion(1.6f);
      SetLines lines =
          new SetLines(
              fonts.typesetter(template.font(), template.spec().font(), template.direction()));
      PageDesign design = new PageDesign(space.sheet(), lines);
      PdfPictures pictures = new PdfPictures(doc, images, template, art);
      for (Page page : book.pages()) {
        List<Element> elements =
            design.layout(page, template.spec().artOf(page.pageId()), pictures);
        PDPage pdfPage = new PDPage(space.media());
        pdfPage.setBleedBox(space.media());
        pdfPage.setTrimBox(space.trim());
        doc.addPage(pdfPage);
        try (PDPageContentStream cs = new PDPageContentStream(doc, pdfPage)) {
          PdfPagePainter painter = new PdfPagePainter(cs, space, lines, pictures, profile.minPpi());
          for (Element element : elements) {
            painter.draw(element);
          }
        }
      }
      describe(doc, book);
      OutputIntents.addSrgb(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024 * 1024);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "writing the print PDF of book " + book.bookId() + " failed", e);
    }
  }

  private void describe(PDDocument doc, DefinitionFile book) {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(
        book.personalisation().childName() + " — " + book.bookId() + " v" + book.version());
    info.setProducer("satpage render-worker (Apache PDFBox)");
    info.setCustomMetadataValue("SatpagePrintProfile", profile.id());
    // A fixed id instead of PDFBox's time-based one: the same book gives the same bytes, so a retry
    // is comparable.
    byte[] id =
        Arrays.copyOf(sha256(book.bookId() + "/v" + book.version() + "/" + profile.id()), 16);
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
