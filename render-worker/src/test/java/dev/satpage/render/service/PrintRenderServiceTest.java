package dev.satpage.render.service;

import static dev.satpage.model.testing.Books.aBook;
import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.gate.OnceGate;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.PrintReady;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
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
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PrintRenderServiceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2030-01-01T12:00:00Z"), ZoneOffset.UTC);
  private static final String PDF_KEY = "books/book-1/v1/print/order-1_book-1_v1.pdf";

  private final InMemoryObjectStore memory = new InMemoryObjectStore("satpage-test");
  private final RecordingObjectStore store = new RecordingObjectStore(memory);
  private final InMemoryJobQueue queue = new InMemoryJobQueue();

  private RenderService service(JobQueue jobQueue) {
    return new RenderService(
        store,
        jobQueue,
        new JpegPageRenderer(PageFormat.DEFAULT, PrintProfile.DEFAULT.margins()),
        TestFonts.CHAIN,
        new PdfBookRenderer(PrintProfile.DEFAULT, TestFonts.CHAIN),
        new OnceGate(store, CLOCK, Duration.ofMinutes(2)),
        CLOCK,
        "test-worker");
  }

  private RenderJob completePrintBook() {
    return BookSeeds.store(
        memory,
        BookSeeds.resolveAll(
            memory, aBook().withPurpose(Purpose.PRINT).withSatellitePages(2).build()));
  }

  private List<String> pdfWrites() {
    return store.writes().stream().filter(k -> k.endsWith(".pdf")).toList();
  }

  @Test
  void printBook_writesOnePdf_andAnnouncesItOnceOnPrinthouseDeliveryAndBookRendered()
      throws IOException {
    RenderJob job = completePrintBook();

    assertThat(service(queue).handle(job)).isEqualTo(RenderService.Outcome.RENDERED);

    byte[] pdf = memory.get(PDF_KEY).orElseThrow().content();
    assertThat(memory.get(PDF_KEY).orElseThrow().contentType()).isEqualTo("application/pdf");
    assertThat(memory.list("books/book-1/v1/pages/"))
        .isEmpty(); // a print book has no preview pages
    List<OutboundMessage> delivered = queue.sent(Queues.PRINTHOUSE_DELIVERY_NAME);
    assertThat(delivered).hasSize(1);
    assertThat(delivered.getFirst().attributes())
        .containsEntry("satpage-order-id", "order-1")
        .containsEntry("satpage-book-id", "book-1");
    PrintReady ready = Json.read(delivered.getFirst().body(), PrintReady.class);
    assertThat(ready.idempotencyKey()).isEqualTo("book-1/v1");
    assertThat(ready.orderId()).isEqualTo("order-1");
    assertThat(ready.pdfUri()).isEqualTo("s3://satpage-test/" + PDF_KEY);
    assertThat(ready.sha256()).isEqualTo(PrintDelivery.sha256(pdf)).hasSize(64);
    assertThat(ready.pageCount()).isEqualTo(3);
    assertThat(ready.trimWidthMm()).isEqualTo(254.0);
    assertThat(ready.trimHeightMm()).isEqualTo(190.5);
    assertThat(ready.bleedMm()).isEqualTo(3.18);
    assertThat(ready.profile()).isEqualTo("srgb-3mm");
    assertThat(ready.renderedAt()).isEqualTo(CLOCK.instant());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(ready.pageCount());
    }
    List<OutboundMessage> rendered = queue.sent(Queues.BOOK_RENDERED_NAME);
    assertThat(rendered).hasSize(1);
    BookRendered event = Json.read(rendered.getFirst().body(), BookRendered.class);
    assertThat(event.purpose()).isEqualTo(Purpose.PRINT);
    assertThat(event.pageUris()).containsExactly(ready.pdfUri());
    assertThat(
            new OnceGate(memory, CLOCK, Duration.ofMinutes(2))
                .isDone(S3Layout.printReadyMarker("book-1", 1)))
        .isTrue();
  }

  @Test
  void samePrintJobTwice_writesThePdfOnce_andSendsEachEventOnce() {
    RenderJob job = completePrintBook();

    service(queue).handle(job);
    RenderService.Outcome second = service(queue).handle(job);

    assertThat(second).isEqualTo(RenderService.Outcome.DUPLICATE);
    assertThat(pdfWrites()).containsExactly(PDF_KEY);
    assertThat(queue.sent(Queues.PRINTHOUSE_DELIVERY_NAME)).hasSize(1);
    assertThat(queue.sent(Queues.BOOK_RENDERED_NAME)).hasSize(1);
  }

  @Test
  void retryAfterAFailedSend_announcesThePdfTheFirstAttemptStored_withoutRenderingAgain() {
    RenderJob job = completePrintBook();
    JobQueue failing =
        new JobQueue() {
          @Override
          public void send(String queueName, OutboundMessage message) {
            throw new TransientFailure("SQS 503");
          }

          @Override
          public void sendAll(String queueName, List<OutboundMessage> messages) {
            throw new TransientFailure("SQS 503");
          }
        };
    assertThatThrownBy(() -> service(failing).handle(job, "message-1"))
        .isInstanceOf(TransientFailure.class);
    byte[] stored = memory.get(PDF_KEY).orElseThrow().content();

    assertThat(service(queue).handle(job, "message-1")).isEqualTo(RenderService.Outcome.RENDERED);

    assertThat(pdfWrites()).containsExactly(PDF_KEY);
    PrintReady ready =
        Json.read(queue.sent(Queues.PRINTHOUSE_DELIVERY_NAME).getFirst().body(), PrintReady.class);
    assertThat(ready.sha256()).isEqualTo(PrintDelivery.sha256(stored));
    assertThat(queue.sent(Queues.BOOK_RENDERED_NAME)).hasSize(1);
  }

  @Test
  void halfResolvedPrintBook_isRefused_andOnlyTheRefusalIsWritten() {
    DefinitionFile book = aBook().withPurpose(Purpose.PRINT).withSatellitePages(2).build();
    RenderJob job = BookSeeds.store(memory, BookSeeds.resolve(memory, book, "sat-1", 0));

    assertPermanent(FailureReason.UNRESOLVED_DEPENDENCY, () -> service(queue).handle(job));
    assertThat(store.writes())
        .containsExactly(S3Layout.renderFailedMarker(book.bookId(), book.version()));
    assertThat(queue.sent(Queues.PRINTHOUSE_DELIVERY_NAME)).isEmpty();
  }

  @Test
  void missingPrintImage_isMissingObjectNamingIt_evenWhenThePreviewExists() {
    RenderJob job = completePrintBook();
    DefinitionFile book =
        Json.read(
            memory.get("books/book-1/v1/definition-patched.json").orElseThrow().content(),
            DefinitionFile.class);
    String printUri = book.dependency("sat-2").printUri();
    memory.delete(printUri.substring("s3://satpage-test/".length()));

    PermanentFailure f =
        assertPermanent(FailureReason.MISSING_OBJECT, () -> service(queue).handle(job));
    assertThat(f.detail()).contains("sat-2", "print image " + printUri);
    assertThat(pdfWrites()).isEmpty();
    assertThat(queue.sent(Queues.PRINTHOUSE_DELIVERY_NAME)).isEmpty();
  }

  @Test
  void previewBook_drawsTheSeededTemplateArt_onTheTitlePage() {
    RenderJob withoutTemplate =
        BookSeeds.store(
            memory,
            BookSeeds.resolveAll(memory, aBook().withId("plain").withSatellitePages(1).build()));
    service(queue).handle(withoutTemplate);
    new TemplateSeeder(memory).seed("satellite-adventure");
    RenderJob withTemplate =
        BookSeeds.store(
            memory,
            BookSeeds.resolveAll(memory, aBook().withId("art").withSatellitePages(1).build()));
    service(queue).handle(withTemplate);

    assertThat(compassRed("plain")).isZero();
    assertThat(compassRed("art")).isGreaterThan(200);
  }

  /**
   * Pixels of the compass's red north point in the box where the sample template puts the compass.
   */
  private long compassRed(String bookId) {
    BufferedImage title =
        TestImages.decode(
            memory.get("books/" + bookId + "/v1/pages/p01-title.jpg").orElseThrow().content());
    long red = 0;
    for (int x = 420; x < 580; x++) {
      for (int y = 50; y < 215; y++) {
        red += TestImages.near(title.getRGB(x, y), new Color(0xe63946), 40) ? 1 : 0;
      }
    }
    return red;
  }
}
