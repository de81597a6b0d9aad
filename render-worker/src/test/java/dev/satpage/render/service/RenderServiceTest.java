package dev.satpage.render.service;

import static dev.satpage.model.testing.Books.aBook;
import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.RenderFailure;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.RetryLater;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.gate.OnceGate;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.testing.InMemoryJobQueue;
import dev.satpage.model.testing.InMemoryObjectStore;
import dev.satpage.model.testing.MutableClock;
import dev.satpage.render.page.JpegPageRenderer;
import dev.satpage.render.page.PageFormat;
import dev.satpage.render.page.TestImages;
import dev.satpage.render.print.PdfBookRenderer;
import dev.satpage.render.print.PrintProfile;
import dev.satpage.render.template.TemplateSeeder;
import dev.satpage.render.text.TestFonts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RenderServiceTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T12:00:00Z"));

  private final InMemoryObjectStore memory = new InMemoryObjectStore("satpage-test");
  private final RecordingObjectStore store = new RecordingObjectStore(memory);
  private final InMemoryJobQueue queue = new InMemoryJobQueue();
  private final RenderService service = service(queue);

  private RenderService service(JobQueue jobQueue) {
    return new RenderService(
        store,
        jobQueue,
        new JpegPageRenderer(PageFormat.DEFAULT, PrintProfile.DEFAULT.margins()),
        TestFonts.CHAIN,
        new PdfBookRenderer(PrintProfile.DEFAULT, TestFonts.CHAIN),
        new OnceGate(store, clock, Duration.ofMinutes(2)),
        clock,
        "test-worker");
  }

  private RenderJob completeBook(int satellitePages) {
    return BookSeeds.store(
        memory, BookSeeds.resolveAll(memory, aBook().withSatellitePages(satellitePages).build()));
  }

  private List<OutboundMessage> rendered() {
    return queue.sent(Queues.BOOK_RENDERED_NAME);
  }

  private List<String> pageKeys() {
    return memory.list("books/book-1/v1/pages/");
  }

  @Test
  void aPreviewBook_costsItsDefinitionGateImagesAndPages_theTemplateOncePerMinute() {
    new TemplateSeeder(memory).seed("satellite-adventure");
    service.handle(
        BookSeeds.store(
            memory,
            BookSeeds.resolveAll(memory, aBook().withId("book-0").withSatellitePages(2).build())));
    RenderJob job = completeBook(2);
    memory.clearRequests();

    service.handle(job);

    // GETs: the Definition File, the rendered gate, two previews (the gate is marked DONE with
    // the ETag its claim's PUT answered: no GET before). PUTs: three pages, the gate's claim and
    // DONE. The pending entry's DELETE.
    assertThat(memory.requests())
        .isEqualTo(Map.of("GetObject", 4, "PutObject", 5, "DeleteObject", 1));
  }

  @Test
  void completeBook_writesEveryPageAndEmitsOneBookRendered_andLeavesTheUnfinishedIndex() {
    RenderJob job = completeBook(2);
    memory.put(S3Layout.pendingIndex("book-1"), new byte[] {1}, "application/json");

    assertThat(service.handle(job)).isEqualTo(RenderService.Outcome.RENDERED);

    assertThat(pageKeys())
        .containsExactly(
            "books/book-1/v1/pages/p01-title.jpg",
            "books/book-1/v1/pages/p02-satellite.jpg",
            "books/book-1/v1/pages/p03-satellite.jpg");
    assertThat(memory.get(pageKeys().get(1)).orElseThrow().contentType()).isEqualTo("image/jpeg");
    assertThat(TestImages.decode(memory.get(pageKeys().get(1)).orElseThrow().content()).getWidth())
        .isEqualTo(1000);
    assertThat(rendered()).hasSize(1);
    OutboundMessage message = rendered().getFirst();
    assertThat(message.attributes())
        .containsEntry("satpage-order-id", "order-1")
        .containsEntry("satpage-book-id", "book-1");
    BookRendered event = Json.read(message.body(), BookRendered.class);
    assertThat(event.idempotencyKey()).isEqualTo(job.idempotencyKey());
    assertThat(event.pageUris())
        .containsExactlyElementsOf(pageKeys().stream().map(memory::uriOf).toList());
    assertThat(event.purpose()).isEqualTo(aBook().build().purpose());
    assertThat(event.renderedAt()).isEqualTo(clock.instant());
    assertThat(
            new OnceGate(memory, clock, Duration.ofMinutes(2))
                .isDone(S3Layout.renderedMarker("book-1", 1)))
        .isTrue();
    assertThat(memory.exists(S3Layout.pendingIndex("book-1"))).isFalse();
  }

  @Test
  void sameJobTwice_writesPagesOnceAndEmitsExactlyOneBookRendered() {
    RenderJob job = completeBook(2);

    service.handle(job);
    int objectsAfterFirst = memory.size();
    RenderService.Outcome second = service.handle(job);

    assertThat(second).isEqualTo(RenderService.Outcome.DUPLICATE);
    assertThat(store.writes().stream().filter(k -> k.contains("/pages/"))).hasSize(3);
    assertThat(memory.size()).isEqualTo(objectsAfterFirst);
    assertThat(rendered()).hasSize(1);
  }

  @Test
  void halfResolvedBook_isRefused_andOnlyTheRefusalIsWritten() {
    DefinitionFile book = aBook().withSatellitePages(2).build();
    RenderJob job = BookSeeds.store(memory, BookSeeds.resolve(memory, book, "sat-1", 0));

    assertThat(
            assertPermanent(FailureReason.UNRESOLVED_DEPENDENCY, () -> service.handle(job))
                .detail())
        .contains("book book-1", "[sat-2]");

    // seeding wrote to the store underneath; through the service only the refusal, for the book's
    // status
    assertThat(store.writes()).containsExactly(S3Layout.renderFailedMarker("book-1", 1));
    assertThat(pageKeys()).isEmpty();
    assertThat(rendered()).isEmpty();
  }

  @Test
  void missingPreviewObject_isRefusedNamingTheDependencyAndUri() {
    DefinitionFile book =
        BookSeeds.resolve(memory, aBook().withSatellitePages(2).build(), "sat-1", 0);
    // sat-2 resolves to a URI in our bucket whose object was never written there.
    book = BookSeeds.resolve(new InMemoryObjectStore(memory.bucket()), book, "sat-2", 1);
    String previewUri = book.dependency("sat-2").previewUri();
    RenderJob job = BookSeeds.store(memory, book);

    assertThat(assertPermanent(FailureReason.MISSING_OBJECT, () -> service.handle(job)).detail())
        .contains("sat-2", previewUri);
    assertThat(pageKeys()).isEmpty();
    assertThat(rendered()).isEmpty();
    RenderFailure failure =
        Json.read(
            memory.get(S3Layout.renderFailedMarker("book-1", 1)).orElseThrow().content(),
            RenderFailure.class);
    assertThat(failure.reason()).startsWith("missing-object: ").contains("sat-2");
  }

  @Test
  void missingDefinition_isMissingObject() {
    RenderJob job =
        BookSeeds.jobFor(
            aBook().build(), "s3://satpage-test/books/book-1/v1/definition-patched.json");

    assertThat(assertPermanent(FailureReason.MISSING_OBJECT, () -> service.handle(job)).detail())
        .contains(job.definitionUri());
  }

  @Test
  void definitionInAnotherBucket_isBadDefinitionUri() {
    RenderJob job =
        BookSeeds.jobFor(
            aBook().build(), "s3://someone-else/books/book-1/v1/definition-patched.json");

    assertThat(
            assertPermanent(FailureReason.BAD_DEFINITION_URI, () -> service.handle(job)).detail())
        .contains("someone-else");
  }

  @Test
  void definitionOfAnotherBook_isDefinitionMismatch() {
    RenderJob forBook1 = completeBook(1);
    RenderJob forBook2 =
        BookSeeds.jobFor(aBook().withId("book-2").build(), forBook1.definitionUri());

    assertThat(
            assertPermanent(FailureReason.DEFINITION_MISMATCH, () -> service.handle(forBook2))
                .detail())
        .contains("book-2");
  }

  @Test
  void failedSend_isTransient_andTheRetryOfThatDelivery_waitsForItsClaimToGoStale_thenSendsOnce() {
    RenderJob job = completeBook(1);
    AtomicInteger attempts = new AtomicInteger();
    JobQueue flaky =
        new JobQueue() {
          @Override
          public void send(String queueName, OutboundMessage message) {
            if (attempts.incrementAndGet() == 1) {
              throw new TransientFailure("SQS 503");
            }
            queue.send(queueName, message);
          }

          @Override
          public void sendAll(String queueName, List<OutboundMessage> messages) {
            messages.forEach(m -> send(queueName, m));
          }
        };
    RenderService withFlakyQueue = service(flaky);

    assertThatThrownBy(() -> withFlakyQueue.handle(job, "message-1"))
        .isInstanceOf(TransientFailure.class);
    // The same delivery id grants nothing: its claim may belong to a live copy of the message
    // (OnceGate).
    assertThatThrownBy(() -> withFlakyQueue.handle(job, "message-1"))
        .isInstanceOf(RetryLater.class);
    clock.advance(Duration.ofMinutes(2).plusSeconds(6));
    assertThat(withFlakyQueue.handle(job, "message-1")).isEqualTo(RenderService.Outcome.RENDERED);
    assertThat(withFlakyQueue.handle(job, "message-1")).isEqualTo(RenderService.Outcome.DUPLICATE);

    assertThat(rendered()).hasSize(1);
    // Each page created once: the retry's create-once writes are refused and the first copy stands.
    assertThat(store.writes().stream().filter(k -> k.contains("/pages/")).distinct()).hasSize(2);
    assertThat(memory.list("books/book-1/v1/pages/")).hasSize(2);
  }

  @Test
  void aProgrammingError_isAnInternalError_leavingTheReasonForTheBooksStatus() {
    RenderJob job = completeBook(1);
    JobQueue buggy = failingQueue(() -> new NullPointerException("queue url"));

    assertThat(
            assertPermanent(
                    FailureReason.INTERNAL_ERROR, () -> service(buggy).handle(job, "message-1"))
                .detail())
        .contains("NullPointerException: queue url");
    RenderFailure failure =
        Json.read(
            memory.get(S3Layout.renderFailedMarker("book-1", 1)).orElseThrow().content(),
            RenderFailure.class);
    assertThat(failure.reason())
        .startsWith("internal-error: java.lang.NullPointerException: queue url at ");
  }

  @Test
  void anotherDeliveryWhileTheGateIsHeld_isTransient() {
    RenderJob job = completeBook(1);
    JobQueue failing = failingQueue(() -> new TransientFailure("SQS 503"));
    assertThatThrownBy(() -> service(failing).handle(job, "message-1"))
        .isInstanceOf(TransientFailure.class);

    assertThatThrownBy(() -> service.handle(job, "message-2")).isInstanceOf(TransientFailure.class);
    assertThat(rendered()).isEmpty();
  }

  @Test
  void oneRenderJobInTwoConsumersAtOnce_emitsOneBookRendered() {
    RenderJob job = completeBook(1);
    List<RuntimeException> secondConsumer = new java.util.ArrayList<>();
    JobQueue duplicating =
        new JobQueue() {
          @Override
          public void send(String queueName, OutboundMessage message) {
            if (queueName.equals(Queues.BOOK_RENDERED_NAME) && secondConsumer.isEmpty()) {
              // The visibility timeout ran out mid-send: SQS hands the same message to the other
              // consumer slot.
              try {
                service.handle(job, "message-1");
              } catch (RuntimeException e) {
                secondConsumer.add(e);
              }
            }
            queue.send(queueName, message);
          }

          @Override
          public void sendAll(String queueName, List<OutboundMessage> messages) {
            messages.forEach(m -> send(queueName, m));
          }
        };

    assertThat(service(duplicating).handle(job, "message-1"))
        .isEqualTo(RenderService.Outcome.RENDERED);

    assertThat(secondConsumer).singleElement().isInstanceOf(RetryLater.class);
    assertThat(rendered()).hasSize(1);
  }

  /** A queue whose every send throws what {@code failure} makes. */
  private static JobQueue failingQueue(Supplier<RuntimeException> failure) {
    return new JobQueue() {
      @Override
      public void send(String queueName, OutboundMessage message) {
        throw failure.get();
      }

      @Override
      public void sendAll(String queueName, List<OutboundMessage> messages) {
        throw failure.get();
      }
    };
  }
}
