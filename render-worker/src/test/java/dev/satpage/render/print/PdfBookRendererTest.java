package dev.satpage.render.print;

import static dev.satpage.model.testing.Books.aBook;
import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static dev.satpage.render.print.PrintBooks.load;
import static dev.satpage.render.print.PrintBooks.printBook;
import static dev.satpage.render.print.PrintBooks.printImages;
import static dev.satpage.render.print.PrintBooks.sampleTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Layer;
import dev.satpage.model.book.Page;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.render.page.TestImages;
import dev.satpage.render.print.PdfInspection.PlacedImage;
import dev.satpage.render.print.PdfInspection.TextRun;
import dev.satpage.render.template.Template;
import dev.satpage.render.text.TestFonts;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfBookRendererTest {
  private static final double MM = 72 / 25.4;
  private static final Template TEMPLATE = sampleTemplate("satellite-adventure");
  private static final PdfBookRenderer RENDERER =
      new PdfBookRenderer(PrintProfile.DEFAULT, TestFonts.CHAIN);

  /**
   * One render of the sample print book, shared by the read-only checks (rendering embeds ~5 MB of
   * JPEG).
   */
  private static final byte[] PDF =
      RENDERER.render(printBook(), printImages(printBook()), TEMPLATE);

  private static PrintProfile withBleed(double bleedMm) {
    return new PrintProfile(
        "bleed-" + bleedMm,
        bleedMm,
        6.0,
        PrintProfile.Colour.SRGB,
        PrintProfile.DEFAULT_FILE_NAME,
        300);
  }

  @ParameterizedTest
  @ValueSource(doubles = {3.18, 4.0, 0.0})
  void everyPage_isTrimPlusBleed_withBleedAndTrimBoxes(double bleedMm) throws IOException {
    DefinitionFile book = printBook();
    byte[] pdf =
        new PdfBookRenderer(withBleed(bleedMm), TestFonts.CHAIN)
            .render(book, printImages(book), TEMPLATE);

    try (PDDocument doc = load(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(book.pages().size()).isEqualTo(3);
      for (PDPage page : doc.getPages()) {
        PDRectangle media = page.getMediaBox();
        assertBox(media, 0, 0, 254 + 2 * bleedMm, 190.5 + 2 * bleedMm);
        assertBox(page.getBleedBox(), 0, 0, 254 + 2 * bleedMm, 190.5 + 2 * bleedMm);
        assertBox(page.getTrimBox(), bleedMm, bleedMm, 254, 190.5);
        assertThat(page.getCropBox()).isEqualTo(media);
      }
    }
  }

  @Test
  void everyImage_isPlacedAtAtLeast300PpiEffective_andSatellitePicturesCoverTheBleed()
      throws IOException {
    try (PDDocument doc = load(PDF)) {
      List<PlacedImage> all = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        all.addAll(PdfInspection.images(page));
      }
      assertThat(all).hasSize(3); // the compass on the title, one picture on each satellite page
      for (PlacedImage placed : all) {
        assertThat(placed.ppiX())
            .as(
                "horizontal ppi of a %dx%d image",
                placed.image().getWidth(), placed.image().getHeight())
            .isGreaterThanOrEqualTo(300);
        assertThat(placed.ppiY()).isGreaterThanOrEqualTo(300);
      }
      PlacedImage satellite = PdfInspection.images(doc.getPage(1)).getFirst();
      PDRectangle media = doc.getPage(1).getMediaBox();
      assertThat(satellite.image().getWidth()).isEqualTo(4000);
      assertThat(satellite.x()).isCloseTo(0f, within(0.01f));
      assertThat(satellite.y()).isCloseTo(0f, within(0.01f));
      assertThat(satellite.widthPt()).isCloseTo(media.getWidth(), within(0.01f));
      assertThat(satellite.ppiX()).isBetween(380.0, 395.0); // 4000 px over 260.36 mm
    }
  }

  @Test
  void satellitePicture_isThePrintJpegEmbeddedByteForByte() throws IOException {
    try (PDDocument doc = load(PDF)) {
      PlacedImage satellite = PdfInspection.images(doc.getPage(1)).getFirst();
      var stream = satellite.image().getCOSObject();
      assertThat(satellite.image().getStream().getFilters()).containsExactly(COSName.DCT_DECODE);
      try (var raw = stream.createRawInputStream()) {
        assertThat(raw.readAllBytes()).isEqualTo(TestImages.printJpeg());
      }
      // One embedded image per print object, whichever pages draw it (here each satellite page has
      // its own).
      long fullSizeImages =
          doc.getDocument().getObjectsByType(COSName.XOBJECT).stream()
              .map(o -> o.getObject())
              .filter(
                  o ->
                      o instanceof org.apache.pdfbox.cos.COSStream s
                          && s.getInt(COSName.WIDTH) == 4000)
              .count();
      assertThat(fullSizeImages).isEqualTo(2);
      assertThat(stream.getLength()).isEqualTo(TestImages.printJpeg().length);
    }
  }

  @Test
  void text_isWrittenAsOutlines_needingNoFont_andCarriesTheBooksWordsAsActualText()
      throws IOException {
    try (PDDocument doc = load(PDF)) {
      List<String> words = new ArrayList<>();
      int shadows = 0;
      for (PDPage page : doc.getPages()) {
        // No font in the file: nothing a RIP could lack or substitute (PDF/X's "fonts embedded"
        // holds trivially).
        assertThat(page.getResources().getFontNames()).isEmpty();
        for (TextRun run : PdfInspection.textRuns(page)) {
          assertThat(run.ink().getWidth()).as("ink of %s", run.text()).isGreaterThan(1);
          if (run.artifact()) {
            shadows++;
          } else {
            words.add(run.text());
          }
        }
      }
      assertThat(words).contains("Ada", PrintBooks.ATTRIBUTION);
      assertThat(shadows)
          .as("one shadow per text layer, none for the attribution")
          .isEqualTo(words.size() - 2);
      assertThat(new PDFTextStripper().getText(doc)).as("no text-showing operators left").isBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"太郎", "محمد", "דוד", "अनीता", "서연", "Zoë"})
  void aNameInAnyPrintedScript_printsAsOutlines_withTheNameAsActualText(String name)
      throws IOException {
    DefinitionFile book =
        aBook()
            .withPurpose(Purpose.PRINT)
            .withChild(name, 35.68, 139.76)
            .withSatellitePages(1)
            .build();

    byte[] pdf = RENDERER.render(book, printImages(book), TEMPLATE);

    try (PDDocument doc = load(pdf)) {
      TextRun title =
          PdfInspection.textRuns(doc.getPage(0)).stream()
              .filter(r -> !r.artifact())
              .findFirst()
              .orElseThrow();
      assertThat(title.text()).isEqualTo(name);
      // The title layer asks for 0.1 of the page height: its ink is that tall, give or take the
      // glyphs' shapes.
      assertThat(title.ink().getHeight()).isBetween(0.04 * 190.5 * MM, 0.16 * 190.5 * MM);
      assertThat(doc.getPage(0).getResources().getFontNames()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"דוד's World", "محمد's World", "Ada's World"})
  void theTitlesInk_isExactlyTheLaidOutLine_soPrintShowsTheGlyphsThePreviewShows(String title)
      throws IOException {
    DefinitionFile book = printBook();
    List<Page> pages = new ArrayList<>(book.pages());
    pages.set(0, new Page("p01-title", List.of(new Layer.Text(title, 0.1, "#1d3557", 0.42))));
    DefinitionFile titled =
        new DefinitionFile(
            book.schemaVersion(),
            book.bookId(),
            book.orderId(),
            1,
            Purpose.PRINT,
            book.productId(),
            book.personalisation(),
            pages,
            book.dependencies());

    byte[] pdf = RENDERER.render(titled, printImages(titled), TEMPLATE);

    float size = (float) (0.1 * 190.5 * MM);
    Rectangle2D laidOut = TestFonts.latin().set(title).outline(size, 0, 0).getBounds2D();
    try (PDDocument doc = load(pdf)) {
      TextRun run =
          PdfInspection.textRuns(doc.getPage(0)).stream()
              .filter(r -> !r.artifact())
              .findFirst()
              .orElseThrow();
      assertThat(run.text()).isEqualTo(title);
      assertThat(run.ink().getWidth()).isCloseTo(laidOut.getWidth(), within(0.05));
      assertThat(run.ink().getHeight()).isCloseTo(laidOut.getHeight(), within(0.05));
      // Centred on the trim: the line's advance, not its ink, is centred; the ink stays within a
      // few points of it.
      double trimCentre = (3.18 + 254 / 2.0) * MM;
      assertThat(run.ink().getCenterX()).isCloseTo(trimCentre, within(size * 0.2));
    }
  }

  @Test
  void document_carriesAnSrgbOutputIntentWithItsIccProfile() throws IOException {
    try (PDDocument doc = load(PDF)) {
      List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
      assertThat(intents).hasSize(1);
      PDOutputIntent intent = intents.getFirst();
      assertThat(intent.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
      assertThat(intent.getCOSObject().getCOSName(COSName.S))
          .isEqualTo(COSName.getPDFName("GTS_PDFX"));
      byte[] icc;
      try (var in = intent.getDestOutputIntent().createInputStream()) {
        icc = in.readAllBytes();
      }
      assertThat(new String(icc, 36, 4, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("acsp"); // ICC signature
      assertThat(new String(icc, 16, 4, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("RGB ");
      assertThat(intent.getDestOutputIntent().getInt(COSName.N)).isEqualTo(3);
    }
  }

  @Test
  void textAndAttribution_stayInsideTheSafetyMargin_evenWhenTheyAskForTheEdge() throws IOException {
    DefinitionFile book = printBook();
    Page edges =
        new Page(
            "p04-edges",
            List.of(
                new Layer.Text("Top edge", 0.1, "#000000", 0.0),
                new Layer.Text("Bottom edge", 0.1, "#000000", 1.0),
                new Layer.Text(
                    "A line of text far too long to fit across the page at this size",
                    0.2,
                    "#000000",
                    0.5)));
    List<Page> pages = new ArrayList<>(book.pages());
    pages.add(edges);
    DefinitionFile withEdges =
        new DefinitionFile(
            book.schemaVersion(),
            book.bookId(),
            book.orderId(),
            1,
            Purpose.PRINT,
            book.productId(),
            book.personalisation(),
            pages,
            book.dependencies());
    PrintProfile wide =
        new PrintProfile(
            "wide", 4.0, 10.0, PrintProfile.Colour.SRGB, PrintProfile.DEFAULT_FILE_NAME, 300);

    byte[] pdf =
        new PdfBookRenderer(wide, TestFonts.CHAIN)
            .render(withEdges, printImages(withEdges), TEMPLATE);

    try (PDDocument doc = load(pdf)) {
      double left = (4 + 10) * MM;
      double bottom = (4 + 10) * MM;
      double right = (4 + 254 - 10) * MM;
      double top = (4 + 190.5 - 10) * MM;
      int checked = 0;
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        for (TextRun run : PdfInspection.textRuns(doc.getPage(i))) {
          if (run.artifact()) {
            continue; // the shadow sits a hair below and right of its text, like the preview's
          }
          checked++;
          Rectangle2D ink = run.ink();
          assertThat(ink.getMinX())
              .as("'%s' on page %d", run.text(), i + 1)
              .isGreaterThanOrEqualTo(left - 0.5);
          assertThat(ink.getMaxX())
              .as("'%s' on page %d", run.text(), i + 1)
              .isLessThanOrEqualTo(right + 0.5);
          assertThat(ink.getMinY())
              .as("'%s' on page %d", run.text(), i + 1)
              .isGreaterThanOrEqualTo(bottom - 0.5);
          assertThat(ink.getMaxY())
              .as("'%s' on page %d", run.text(), i + 1)
              .isLessThanOrEqualTo(top + 0.5);
        }
      }
      assertThat(checked)
          .isEqualTo(1 + 2 + 3); // the title, two satellite pages' attributions, the edges page
    }
  }

  @Test
  void sameInputs_giveTheSameBytes() {
    assertThat(RENDERER.render(printBook(), printImages(printBook()), TEMPLATE)).isEqualTo(PDF);
  }

  @Test
  void withoutATemplateInS3_theDefaultTrimAndBundledFontAreUsed() throws IOException {
    byte[] pdf =
        RENDERER.render(
            printBook(), printImages(printBook()), Template.defaultFor("satellite-adventure"));

    try (PDDocument doc = load(pdf)) {
      assertBox(doc.getPage(0).getTrimBox(), 3.18, 3.18, 254, 190.5);
      assertThat(PdfInspection.images(doc.getPage(0))).isEmpty(); // no art
      assertThat(PdfInspection.textRuns(doc.getPage(0))).extracting(TextRun::text).contains("Ada");
    }
  }

  @Test
  void aPrintImageTooSmallForTheTrim_isRefusedAsLowResolution() {
    byte[] preview = TestImages.aerial(1000, 750);

    assertThat(
            assertPermanent(
                    FailureReason.LOW_RESOLUTION_IMAGE,
                    () -> RENDERER.render(printBook(), printImages(printBook(), preview), TEMPLATE))
                .detail())
        .contains("sat-1", "1000×750 px", "below the printhouse's 300");
  }

  @Test
  void aPrintImageThatIsNotAJpeg_isCorruptImage() {
    assertThat(
            assertPermanent(
                    FailureReason.CORRUPT_IMAGE,
                    () ->
                        RENDERER.render(
                            printBook(),
                            printImages(printBook(), new byte[] {1, 2, 3, 4}),
                            TEMPLATE))
                .detail())
        .contains("s3://b/imagery/sat-1/print.jpg");
  }

  @Test
  void textNoFontCanShow_isRefusedInsteadOfPrintingBoxes() {
    // Cuneiform: letters a name may contain, which no print font covers (the producer refuses them
    // at order time).
    DefinitionFile book =
        aBook()
            .withPurpose(Purpose.PRINT)
            .withChild("𒀀𒀁", 35.68, 139.76)
            .withSatellitePages(1)
            .build();

    assertThat(
            assertPermanent(
                    FailureReason.UNPRINTABLE_TEXT,
                    () -> RENDERER.render(book, printImages(book), TEMPLATE))
                .detail())
        .contains("U+12000", "Cuneiform");
  }

  private static void assertBox(
      PDRectangle box, double xMm, double yMm, double widthMm, double heightMm) {
    assertThat((double) box.getLowerLeftX()).isCloseTo(xMm * MM, within(0.01));
    assertThat((double) box.getLowerLeftY()).isCloseTo(yMm * MM, within(0.01));
    assertThat((double) box.getWidth()).isCloseTo(widthMm * MM, within(0.01));
    assertThat((double) box.getHeight()).isCloseTo(heightMm * MM, within(0.01));
  }
}
