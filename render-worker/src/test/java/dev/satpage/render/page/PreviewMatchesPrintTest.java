package dev.satpage.render.page;

import static dev.satpage.model.testing.Books.aBook;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Layer;
import dev.satpage.model.book.Page;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.testing.InMemoryObjectStore;
import dev.satpage.render.print.PdfBookRenderer;
import dev.satpage.render.print.PrintProfile;
import dev.satpage.render.template.Template;
import dev.satpage.render.template.TemplateSeeder;
import dev.satpage.render.template.TemplateStore;
import dev.satpage.render.text.TestFonts;
import dev.satpage.render.text.Typesetter;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Preview and print cannot drift apart: each page of a sample book is drawn by the preview painter
 * and, through the print PDF, rasterised by PDFBox's own renderer at the preview's scale with the
 * bleed cut off; the two pictures of the trimmed page must agree pixel by pixel but for
 * anti-aliasing and image resampling. Both painters draw one {@code PageDesign}; a constant, a
 * margin or a fit computed in one painter only shows up here as a band of disagreeing pixels.
 */
class PreviewMatchesPrintTest {
  private static final PrintProfile PROFILE = PrintProfile.DEFAULT;
  private static final int WIDTH = 1000;

  /**
   * A channel difference above this is a disagreement, not anti-aliasing or resampling noise on a
   * smooth picture.
   */
  private static final int TOLERANCE = 32;

  private static Template template;
  private static DefinitionFile book;
  private static Map<String, DependencyImage> images;
  private static PDDocument pdf;

  @BeforeAll
  static void renderBoth() throws IOException {
    InMemoryObjectStore store = new InMemoryObjectStore("templates");
    new TemplateSeeder(store).seed("satellite-adventure");
    template = new TemplateStore(store).load("satellite-adventure");
    DefinitionFile base = aBook().withPurpose(Purpose.PRINT).withSatellitePages(2).build();
    List<Page> pages =
        List.of(
            new Page(
                "p01-title",
                List.of(
                    new Layer.Text("Ada's World", 0.1, "#1d3557", 0.42),
                    new Layer.Text("seen from space", 0.05, "#457b9d", 0.58))),
            new Page(
                "p02-satellite",
                List.of(
                    new Layer.Image("sat-1", Layer.Fit.CROP),
                    new Layer.Text("Here is Ada's home!", 0.07, "#FFFFFF", 0.12),
                    new Layer.Attribution("sat-1"))),
            new Page(
                "p03-edges",
                List.of(
                    new Layer.Text("Top edge", 0.1, "#000000", 0.0),
                    new Layer.Text("Bottom edge", 0.1, "#000000", 1.0),
                    new Layer.Text(
                        "A line of text far too long to fit across the page at this size",
                        0.2,
                        "#b5543a",
                        0.5))),
            new Page(
                "p04-square",
                List.of(
                    new Layer.Image("sat-2", Layer.Fit.FIT),
                    new Layer.Text("דוד's World", 0.08, "#1d3557", 0.9),
                    new Layer.Attribution("sat-2"))));
    book =
        new DefinitionFile(
            base.schemaVersion(),
            base.bookId(),
            base.orderId(),
            1,
            Purpose.PRINT,
            base.productId(),
            base.personalisation(),
            pages,
            base.dependencies());
    String attribution =
        "Imagery © Example Aerial 2030, a rather long attribution line that has to shrink to fit the safe width of the page";
    images =
        Map.of(
            "sat-1",
                new DependencyImage(
                    "sat-1",
                    "s3://b/imagery/sat-1/print.jpg",
                    TestImages.printJpeg(),
                    "Imagery © Example Aerial"),
            "sat-2",
                new DependencyImage(
                    "sat-2",
                    "s3://b/imagery/sat-2/print.jpg",
                    TestImages.aerial(3000, 3000),
                    attribution));
    pdf =
        Loader.loadPDF(
            new PdfBookRenderer(PROFILE, TestFonts.CHAIN).render(book, images, template));
  }

  @Test
  void everyPage_previewAndTrimmedPrint_agree() throws IOException {
    JpegPageRenderer preview = new JpegPageRenderer(new PageFormat(WIDTH, 1f), PROFILE.margins());
    Typesetter typesetter = TestFonts.latin();
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < book.pages().size(); i++) {
      BufferedImage drawn = preview.draw(book.pages().get(i), images, template, typesetter);
      BufferedImage printed = trimmedPrint(i, drawn.getWidth(), drawn.getHeight());

      long differing = differing(drawn, printed);
      double share = (double) differing / (drawn.getWidth() * drawn.getHeight());
      soft.assertThat(share)
          .as("share of pixels where preview and print disagree on page %d", i + 1)
          .isLessThan(0.003);
    }
    soft.assertAll();
  }

  /**
   * Print page {@code index} rasterised by PDFBox at the preview's scale, the bleed cut off: the
   * trimmed page.
   */
  private static BufferedImage trimmedPrint(int index, int width, int height) throws IOException {
    float trimWidthPt = pdf.getPage(index).getTrimBox().getWidth();
    float scale = width / trimWidthPt;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.translate(
          -pdf.getPage(index).getTrimBox().getLowerLeftX() * scale,
          -pdf.getPage(index).getTrimBox().getLowerLeftY() * scale);
      new PDFRenderer(pdf).renderPageToGraphics(index, g, scale);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static long differing(BufferedImage a, BufferedImage b) {
    assertThat(b.getWidth()).isEqualTo(a.getWidth());
    assertThat(b.getHeight()).isEqualTo(a.getHeight());
    long count = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        int d =
            Math.max(
                Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF)),
                Math.max(
                    Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF)),
                    Math.abs((p & 0xFF) - (q & 0xFF))));
        count += d > TOLERANCE ? 1 : 0;
      }
    }
    return count;
  }
}
