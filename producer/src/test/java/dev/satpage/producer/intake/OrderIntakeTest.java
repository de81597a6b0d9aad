package dev.satpage.producer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.testing.InMemoryJobQueue;
import dev.satpage.model.testing.InMemoryObjectStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderIntakeTest {
  private final InMemoryObjectStore store = new InMemoryObjectStore("bucket");
  private final InMemoryJobQueue queue = new InMemoryJobQueue();
  private final OrderIntake intake = new OrderIntake(new ProductCatalog(), store, queue);

  private static BookOrder book(String id, String product) {
    return new BookOrder(id, product, Purpose.PREVIEW, new Personalisation("Ada", 51.5007, -0.1246));
  }

  private static OrderPlaced order(BookOrder... books) {
    return OrderPlaced.of("order-1", Instant.parse("2026-11-27T10:00:00Z"), List.of(books));
  }

  @Test
  void eachBook_storesDefinitionFile_thenPublishesTwoSatellitePageJobs() {
    int published = intake.handle(order(book("b1", "satellite-adventure"), book("b2", "satellite-adventure")));

    assertThat(published).isEqualTo(4);
    DefinitionFile stored =
        Json.read(store.get(S3Layout.definition("b1")).orElseThrow().content(), DefinitionFile.class);
    assertThat(stored.unresolved()).containsExactly("sat-area", "sat-home");
    assertThat(jobs()).extracting(SatellitePageJob::jobId)
        .containsExactly("b1/sat-area", "b1/sat-home", "b2/sat-area", "b2/sat-home");
  }

  @Test
  void unknownProduct_inAnyBook_publishesNothingAndWritesNothing() {
    assertThatThrownBy(() -> intake.handle(order(book("b1", "satellite-adventure"), book("b2", "poster"))))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> assertThat(e.reason()).isEqualTo("unknown-product"));

    assertThat(store.size()).isZero();
    assertThat(queue.sent(Queues.SATELLITE_PAGE_JOBS_NAME)).isEmpty();
  }

  @Test
  void redeliveredOrder_republishesTheSameJobIds_andSameDefinitionBytes() {
    intake.handle(order(book("b1", "satellite-adventure")));
    byte[] first = store.get(S3Layout.definition("b1")).orElseThrow().content();
    intake.handle(order(book("b1", "satellite-adventure")));

    assertThat(store.get(S3Layout.definition("b1")).orElseThrow().content()).isEqualTo(first);
    assertThat(jobs()).extracting(SatellitePageJob::jobId)
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

  private List<SatellitePageJob> jobs() {
    return queue.sent(Queues.SATELLITE_PAGE_JOBS_NAME).stream()
        .map(OutboundMessage::body)
        .map(b -> Json.read(b, SatellitePageJob.class))
        .toList();
  }
}
