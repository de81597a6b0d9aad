package dev.satpage.producer.intake;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.status.PendingEntry;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.testing.InMemoryJobQueue;
import dev.satpage.model.testing.InMemoryObjectStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderIntakeTest {
  private final InMemoryObjectStore store = new InMemoryObjectStore("bucket");
  private final InMemoryJobQueue queue = new InMemoryJobQueue();
  private final OrderIntake intake =
      new OrderIntake(
          new ProductCatalog(),
          store,
          queue,
          Clock.fixed(Instant.parse("2026-11-27T10:00:05Z"), ZoneOffset.UTC));

  private static BookOrder book(String id, String product) {
    return new BookOrder(
        id, product, Purpose.PREVIEW, new Personalisation("Ada", 51.5007, -0.1246));
  }

  private static OrderPlaced order(BookOrder... books) {
    return OrderPlaced.of("order-1", Instant.parse("2026-11-27T10:00:00Z"), List.of(books));
  }

  @Test
  void eachBook_storesDefinitionFile_thenPublishesTwoSatellitePageJobs() {
    int published =
        intake.handle(order(book("b1", "satellite-adventure"), book("b2", "satellite-adventure")));

    assertThat(published).isEqualTo(4);
    DefinitionFile stored =
        Json.read(
            store.get(S3Layout.definition("b1")).orElseThrow().content(), DefinitionFile.class);
    assertThat(stored.unresolved()).containsExactly("sat-area", "sat-home");
    assertThat(jobs())
        .extracting(SatellitePageJob::jobId)
        .containsExactly("b1/sat-area", "b1/sat-home", "b2/sat-area", "b2/sat-home");
    // Version 2 jobs name the Definition File version their page is for: the stored file's.
    assertThat(jobs()).extracting(SatellitePageJob::schemaVersion).containsOnly(2);
    assertThat(jobs())
        .extracting(SatellitePageJob::definitionVersion)
        .containsOnly(stored.version());
  }

  @Test
  void aNameInAScriptNoPrintFontCovers_isRefusedAtOrderTime_andNothingOfTheOrderIsWritten() {
    BookOrder cuneiform =
        new BookOrder(
            "b2", "satellite-adventure", Purpose.PRINT, new Personalisation("𒀀𒀁", 33.1, 44.1));

    PermanentFailure e =
        assertPermanent(
            FailureReason.UNPRINTABLE_NAME,
            () -> intake.handle(order(book("b1", "satellite-adventure"), cuneiform)));
    assertThat(e.detail())
        .contains("book b2", "personalisation.childName", "U+12000", "script Cuneiform")
        .doesNotContain("𒀀𒀁");
    assertThat(store.size()).isZero();
    assertThat(queue.sent(Queues.SATELLITE_PAGE_JOBS_NAME)).isEmpty();
  }

  @Test
  void namesInTheScriptsCustomersWrite_areAccepted() {
    List<String> names =
        List.of("太郎", "さくら", "서연", "محمد", "דוד", "अनीता", "Ελένη", "Анастасия", "Zoë O’Brien");
    for (int i = 0; i < names.size(); i++) {
      BookOrder b =
          new BookOrder(
              "n" + i,
              "satellite-adventure",
              Purpose.PRINT,
              new Personalisation(names.get(i), 35.6, 139.7));
      assertThat(intake.handle(order(b))).as(names.get(i)).isEqualTo(2);
    }
  }

  @Test
  void unknownProduct_inAnyBook_publishesNothingAndWritesNothing() {
    assertPermanent(
        FailureReason.UNKNOWN_PRODUCT,
        () -> intake.handle(order(book("b1", "satellite-adventure"), book("b2", "poster"))));

    assertThat(store.size()).isZero();
    assertThat(queue.sent(Queues.SATELLITE_PAGE_JOBS_NAME)).isEmpty();
  }

  @Test
  void aNewOneBookOrder_costsTwoCreateOnceWrites_andNoReads() {
    intake.handle(order(book("b1", "satellite-adventure")));

    // The Definition File and the pending entry; the jobs go out in one SendMessageBatch.
    assertThat(store.requests()).isEqualTo(Map.of("PutObject", 2));
    assertThat(jobs()).hasSize(2);
  }

  @Test
  void aRedeliveredOneBookOrder_comparesWithTheStoredFile_andLooksForWhatFollowedIt() {
    intake.handle(order(book("b1", "satellite-adventure")));
    store.clearRequests();

    intake.handle(order(book("b1", "satellite-adventure")));

    // The refused create, the stored file to compare, the render dispatch, one marker per page.
    assertThat(store.requests()).isEqualTo(Map.of("PutObject", 2, "GetObject", 1, "HeadObject", 3));
  }

  @Test
  void redeliveredOrder_republishesTheSameJobIds_andSameDefinitionBytes() {
    intake.handle(order(book("b1", "satellite-adventure")));
    byte[] first = store.get(S3Layout.definition("b1")).orElseThrow().content();
    intake.handle(order(book("b1", "satellite-adventure")));

    assertThat(store.get(S3Layout.definition("b1")).orElseThrow().content()).isEqualTo(first);
    assertThat(jobs())
        .extracting(SatellitePageJob::jobId)
        .containsExactly("b1/sat-area", "b1/sat-home", "b1/sat-area", "b1/sat-home");
  }

  @Test
  void redeliveredOrder_skipsDependenciesAlreadyResolved() {
    intake.handle(order(book("b1", "satellite-adventure")));
    queue.drain(Queues.SATELLITE_PAGE_JOBS_NAME);
    store.put(S3Layout.resolvedMarker("b1", 1, "sat-area"), "{}".getBytes(), "application/json");

    assertThat(intake.handle(order(book("b1", "satellite-adventure")))).isEqualTo(1);
    assertThat(jobs()).extracting(SatellitePageJob::dependencyId).containsExactly("sat-home");
  }

  @Test
  void conflictingRedelivery_isRefused_andChangesNothingOfTheFirstBook() {
    intake.handle(order(book("b1", "satellite-adventure")));
    byte[] first = store.get(S3Layout.definition("b1")).orElseThrow().content();
    queue.drain(Queues.SATELLITE_PAGE_JOBS_NAME);
    BookOrder otherChild =
        new BookOrder(
            "b1",
            "satellite-adventure",
            Purpose.PREVIEW,
            new Personalisation("Zoe", 48.8584, 2.2945));

    PermanentFailure e =
        assertPermanent(FailureReason.ORDER_CONFLICT, () -> intake.handle(order(otherChild)));
    assertThat(e.detail())
        .contains(
            "book b1",
            "order-1",
            "personalisation.childName",
            "personalisation.latitude",
            "personalisation.longitude");
    assertThat(e.detail())
        .doesNotContain("Zoe", "Ada", "48.8584"); // field names, never personal data;
    assertThat(store.get(S3Layout.definition("b1")).orElseThrow().content()).isEqualTo(first);
    assertThat(queue.sent(Queues.SATELLITE_PAGE_JOBS_NAME)).isEmpty();
  }

  @Test
  void sameBookIdUnderAnotherOrder_isAConflictToo() {
    intake.handle(order(book("b1", "satellite-adventure")));

    PermanentFailure e =
        assertPermanent(
            FailureReason.ORDER_CONFLICT,
            () ->
                intake.handle(
                    OrderPlaced.of(
                        "order-2",
                        Instant.parse("2026-11-27T11:00:00Z"),
                        List.of(book("b1", "satellite-adventure")))));
    assertThat(e.detail()).contains("orderId");
  }

  @Test
  void orderWithOneConflictingBook_writesAndPublishesNothing() {
    intake.handle(order(book("b1", "satellite-adventure")));
    queue.drain(Queues.SATELLITE_PAGE_JOBS_NAME);
    BookOrder conflicting =
        new BookOrder(
            "b1",
            "satellite-adventure",
            Purpose.PREVIEW,
            new Personalisation("Zoe", 51.5007, -0.1246));

    assertPermanent(
        FailureReason.ORDER_CONFLICT,
        () -> intake.handle(order(book("b2", "satellite-adventure"), conflicting)));
    assertThat(store.exists(S3Layout.definition("b2"))).isFalse();
    assertThat(queue.sent(Queues.SATELLITE_PAGE_JOBS_NAME)).isEmpty();
  }

  @Test
  void pendingEntry_recordsWhenSatpageAcceptedTheBook_besideTheShopsPlacedAt() {
    intake.handle(order(book("b1", "satellite-adventure")));

    PendingEntry entry =
        Json.read(
            store.get(S3Layout.pendingIndex("b1")).orElseThrow().content(), PendingEntry.class);
    assertThat(entry.acceptedAt()).isEqualTo(Instant.parse("2026-11-27T10:00:05Z"));
    assertThat(entry.placedAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
  }

  private List<SatellitePageJob> jobs() {
    return queue.sent(Queues.SATELLITE_PAGE_JOBS_NAME).stream()
        .map(OutboundMessage::body)
        .map(b -> Json.read(b, SatellitePageJob.class))
        .toList();
  }
}
