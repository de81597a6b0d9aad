package dev.satpage.render.service;

import static dev.satpage.model.testing.Books.aBook;
import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.book.Purpose;
import dev.satpage.model.book.RenderFailure;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.gate.OnceGate;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.testing.InMemoryJobQueue;
import dev.satpage.model.testing.InMemoryObjectStore;
import dev.satpage.render.page.JpegPageRenderer;
import dev.satpage.render.page.PageFormat;
import dev.satpage.render.page.TestImages;
import dev.satpage.render.print.PdfBookRenderer;
import dev.satpage.render.print.PrintProfile;
import dev.satpage.render.template.TemplateSeeder;
import dev.satpage.render.text.TestFonts;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names in CJK, Arabic, Hebrew and Devanagari through the service, as the worker renders them from
 * the queue.
 */
class ScriptNamesRenderServiceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2030-01-01T12:00:00Z"), ZoneOffset.UTC);
  private static final Color TITLE = new Color(0x203040); // the test book's title colour

  private final InMemoryObjectStore store = new InMemoryObjectStore("satpage-test");
  private final RenderService service =
      new RenderService(
          store,
          new InMemoryJobQueue(),
          new JpegPageRenderer(PageFormat.DEFAULT, PrintProfile.DEFAULT.margins()),
          TestFonts.CHAIN,
          new PdfBookRenderer(PrintProfile.DEFAULT, TestFonts.CHAIN),
          new OnceGate(store, CLOCK, Duration.ofMinutes(2)),
          CLOCK,
          "test-worker");

  private RenderJob book(String name, Purpose purpose) {
    new TemplateSeeder(store).seed("satellite-adventure");
    return BookSeeds.store(
        store,
        BookSeeds.resolveAll(
            store,
            aBook()
                .withPurpose(purpose)
                .withChild(name, 35.68, 139.76)
                .withSatellitePages(1)
                .build()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"太郎", "さくら", "서연", "محمد", "דוד", "अनीता"})
  void aPreviewBook_drawsTheNameOnItsTitlePage(String name) {
    assertThat(service.handle(book(name, Purpose.PREVIEW)))
        .isEqualTo(RenderService.Outcome.RENDERED);

    BufferedImage title =
        TestImages.decode(store.get("books/book-1/v1/pages/p01-title.jpg").orElseThrow().content());
    int ink = 0;
    for (int y = 300; y < 450; y++) {
      for (int x = 0; x < title.getWidth(); x++) {
        ink += TestImages.near(title.getRGB(x, y), TITLE, 40) ? 1 : 0;
      }
    }
    assertThat(ink).as("title-coloured pixels around the middle row").isGreaterThan(800);
  }

  @ParameterizedTest
  @ValueSource(strings = {"太郎", "さくら", "서연", "محمد", "דוד", "अनीता"})
  void aPrintBook_writesThePdf_withTheNameAsOutlinesAndActualText(String name) throws IOException {
    assertThat(service.handle(book(name, Purpose.PRINT))).isEqualTo(RenderService.Outcome.RENDERED);

    byte[] pdf = store.get("books/book-1/v1/print/order-1_book-1_v1.pdf").orElseThrow().content();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDPage title = doc.getPage(0);
      assertThat(title.getResources().getFontNames()).isEmpty();
      assertThat(actualTexts(title)).contains(name);
    }
  }

  @Test
  void aNameNoFontCovers_failsTheBookAsUnprintableText_andLeavesTheReasonForItsStatus() {
    RenderJob job = book("𒀀𒀁", Purpose.PRINT);

    assertPermanent(FailureReason.UNPRINTABLE_TEXT, () -> service.handle(job));
    RenderFailure failure =
        Json.read(
            store.get(S3Layout.renderFailedMarker("book-1", 1)).orElseThrow().content(),
            RenderFailure.class);
    assertThat(failure.reason()).startsWith("unprintable-text").contains("Cuneiform");
  }

  /**
   * The /ActualText of every marked-content sequence on the page, read by PDFBox's own extractor.
   */
  private static List<String> actualTexts(PDPage page) throws IOException {
    PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
    extractor.processPage(page);
    List<String> texts = new ArrayList<>();
    for (PDMarkedContent content : extractor.getMarkedContents()) {
      if (content.getActualText() != null) {
        texts.add(content.getActualText());
      }
    }
    return texts;
  }
}
