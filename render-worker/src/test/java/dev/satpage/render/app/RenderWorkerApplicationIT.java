package dev.satpage.render.app;

import static dev.satpage.model.testing.Books.aBook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.PrintReady;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Uri;
import dev.satpage.render.page.TestImages;
import dev.satpage.render.service.BookSeeds;
import io.awspring.cloud.sqs.listener.MessageListenerContainerRegistry;
import io.awspring.cloud.sqs.listener.QueueNotFoundStrategy;
import io.awspring.cloud.sqs.listener.SqsMessageListenerContainer;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The worker as deployed, against devstack's ElasticMQ and S3Proxy: a render job in, pages and one
 * event out.
 */
@ExtendWith(DevstackExtension.class)
class RenderWorkerApplicationIT {
  private static RenderStack stack;
  private static ConfigurableApplicationContext app;
  private static ObjectStore store;

  @BeforeAll
  static void start(Devstack devstack) {
    stack = RenderStack.over(devstack);
    store = stack.store;
    app = RenderWorkerApplication.start(stack.devstack.endpointProperties());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void completeBook_sentTwice_isRenderedAndAnnouncedExactlyOnce() {
    DefinitionFile book =
        BookSeeds.resolveAll(
            store,
            aBook().withId("it-complete").withOrderId("it-order-1").withSatellitePages(2).build());
    RenderJob job = BookSeeds.store(store, book);

    stack.send(job);
    stack.send(job); // a duplicate delivery, e.g. the coordinator retried

    List<Message> events = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> events.addAll(stack.receive(Queues.BOOK_RENDERED_NAME)) || !events.isEmpty());
    // Give the duplicate time to be handled too, then make sure it announced nothing.
    await().atMost(Duration.ofSeconds(30)).until(() -> stack.isDrained(Queues.RENDER_JOBS_NAME));
    events.addAll(stack.receive(Queues.BOOK_RENDERED_NAME));

    assertThat(events).hasSize(1);
    assertThat(events.getFirst().messageAttributes())
        .containsEntry("satpage-book-id", RenderStack.string("it-complete"))
        .containsEntry("satpage-order-id", RenderStack.string("it-order-1"));
    BookRendered event = Json.read(events.getFirst().body(), BookRendered.class);
    assertThat(event.idempotencyKey()).isEqualTo(job.idempotencyKey());
    assertThat(event.pageUris()).hasSize(3);
    for (String uri : event.pageUris()) {
      byte[] page = store.get(S3Uri.parse(uri).key()).orElseThrow().content();
      assertThat(TestImages.decode(page).getWidth()).isEqualTo(1000);
    }
    assertThat(stack.receive(Queues.RENDER_JOBS_NAME + "-dlq")).isEmpty();
  }

  @Test
  void printBook_sentTwice_isOnePdfInS3_andOnePrintReadyOnPrinthouseDelivery() throws Exception {
    DefinitionFile book =
        BookSeeds.resolveAll(
            store,
            aBook()
                .withId("it-print")
                .withOrderId("it-order-2")
                .withPurpose(Purpose.PRINT)
                .withSatellitePages(2)
                .build());
    RenderJob job = BookSeeds.store(store, book);

    stack.send(job);
    stack.send(job);

    List<Message> ready = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> ready.addAll(stack.receive(Queues.PRINTHOUSE_DELIVERY_NAME)) || !ready.isEmpty());
    await().atMost(Duration.ofSeconds(60)).until(() -> stack.isDrained(Queues.RENDER_JOBS_NAME));
    ready.addAll(stack.receive(Queues.PRINTHOUSE_DELIVERY_NAME));

    assertThat(ready).hasSize(1);
    assertThat(ready.getFirst().messageAttributes())
        .containsEntry("satpage-book-id", RenderStack.string("it-print"));
    PrintReady event = Json.read(ready.getFirst().body(), PrintReady.class);
    assertThat(event.pdfUri())
        .isEqualTo(store.uriOf("books/it-print/v1/print/it-order-2_it-print_v1.pdf"));
    byte[] pdf = store.get(S3Uri.parse(event.pdfUri()).key()).orElseThrow().content();
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)))
        .isEqualTo(event.sha256());
    assertThat(store.list("books/it-print/v1/print/")).hasSize(1);
    List<Message> rendered =
        stack.receive(Queues.BOOK_RENDERED_NAME).stream()
            .filter(
                m ->
                    RenderStack.string("it-print")
                        .equals(m.messageAttributes().get("satpage-book-id")))
            .toList();
    assertThat(rendered).hasSize(1);
    assertThat(Json.read(rendered.getFirst().body(), BookRendered.class).pageUris())
        .containsExactly(event.pdfUri());
  }

  @Test
  void namesInCjkArabicAndHebrew_makePreviewPagesAndPrintPdfs() throws Exception {
    Map<String, String> names =
        Map.of(
            "it-cjk-preview",
            "太郎",
            "it-cjk-print",
            "さくら",
            "it-arabic-print",
            "محمد",
            "it-hebrew-preview",
            "דוד");
    for (Map.Entry<String, String> e : names.entrySet()) {
      Purpose purpose = e.getKey().endsWith("print") ? Purpose.PRINT : Purpose.PREVIEW;
      stack.send(
          BookSeeds.store(
              store,
              BookSeeds.resolveAll(
                  store,
                  aBook()
                      .withId(e.getKey())
                      .withOrderId("it-order-names")
                      .withPurpose(purpose)
                      .withChild(e.getValue(), 31.77, 35.21)
                      .withSatellitePages(1)
                      .build())));
    }

    Map<String, BookRendered> rendered = new java.util.HashMap<>();
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () -> {
              stack.receive(Queues.BOOK_RENDERED_NAME).stream()
                  .map(m -> Json.read(m.body(), BookRendered.class))
                  .forEach(r -> rendered.put(r.bookId(), r));
              return rendered.keySet().containsAll(names.keySet());
            });
    stack.receive(Queues.PRINTHOUSE_DELIVERY_NAME);

    for (Map.Entry<String, String> e : names.entrySet()) {
      BookRendered event = rendered.get(e.getKey());
      byte[] first =
          store.get(S3Uri.parse(event.pageUris().getFirst()).key()).orElseThrow().content();
      if (event.purpose() == Purpose.PREVIEW) {
        assertThat(TestImages.decode(first).getWidth()).as(e.getKey()).isEqualTo(1000);
        continue;
      }
      try (PDDocument doc = Loader.loadPDF(first)) {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(doc.getPage(0));
        assertThat(extractor.getMarkedContents())
            .extracting(PDMarkedContent::getActualText)
            .as(e.getKey())
            .contains(e.getValue());
        assertThat(doc.getPage(0).getResources().getFontNames()).isEmpty();
      }
    }
    assertThat(stack.receive(Queues.RENDER_JOBS_NAME + "-dlq")).isEmpty();
  }

  @Test
  void halfResolvedBook_landsInTheDlqWithItsReason() {
    DefinitionFile half =
        BookSeeds.resolve(
            store, aBook().withId("it-half").withSatellitePages(2).build(), "sat-1", 0);
    RenderJob job = BookSeeds.store(store, half);

    stack.send(job);

    List<Message> dead = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> dead.addAll(stack.receive(Queues.RENDER_JOBS_NAME + "-dlq")));
    assertThat(dead).hasSize(1);
    assertThat(dead.getFirst().body()).isEqualTo(Json.write(job));
    assertThat(dead.getFirst().messageAttributes())
        .containsEntry("satpage-failure-reason", RenderStack.string("unresolved-dependency"))
        .containsEntry("satpage-book-id", RenderStack.string("it-half"))
        .containsEntry("satpage-failed-by", RenderStack.string("render-worker"));
    assertThat(dead.getFirst().messageAttributes().get("satpage-failure-detail").stringValue())
        .contains("sat-2");
    assertThat(store.list("books/it-half/v1/pages/")).isEmpty();
  }

  @Test
  void listener_failsInsteadOfCreatingAMissingQueue() {
    var containers = app.getBean(MessageListenerContainerRegistry.class).getListenerContainers();

    assertThat(containers).hasSize(1);
    SqsMessageListenerContainer<?> container =
        (SqsMessageListenerContainer<?>) containers.iterator().next();
    assertThat(container.getQueueNames()).containsExactly(Queues.RENDER_JOBS_NAME);
    assertThat(container.getContainerOptions().getQueueNotFoundStrategy())
        .isEqualTo(QueueNotFoundStrategy.FAIL);
  }
}
