package dev.satpage.producer.intake;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Dependency;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.producer.status.PendingEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns an order into work: for each book, stores the Definition File, then publishes its satellite-page jobs. Every
 * book is validated before anything is written, so a bad order publishes nothing. Redelivery converges: the Definition
 * File is rewritten with identical bytes, and only jobs whose dependency is not yet resolved are published again (job
 * ids are deterministic, so consumers see the same job).
 */
public final class OrderIntake {
  private final ProductCatalog catalog;
  private final ObjectStore store;
  private final JobQueue queue;

  public OrderIntake(ProductCatalog catalog, ObjectStore store, JobQueue queue) {
    this.catalog = catalog;
    this.store = store;
    this.queue = queue;
  }

  /** Returns the number of satellite-page jobs published. */
  public int handle(OrderPlaced order) {
    order.books().forEach(catalog::requireKnown);
    List<DefinitionFile> definitions =
        order.books().stream().map(b -> catalog.definitionFor(order.orderId(), b)).toList();
    int published = 0;
    for (DefinitionFile definition : definitions) {
      store.put(S3Layout.definition(definition.bookId()), Json.writeBytes(definition), "application/json");
      if (!store.exists(S3Layout.renderDispatch(definition.bookId(), definition.version()))) {
        PendingEntry entry =
            new PendingEntry(PendingEntry.SCHEMA_VERSION, definition.bookId(), order.orderId(), order.placedAt());
        store.putIfAbsent(S3Layout.pendingIndex(definition.bookId()), Json.writeBytes(entry), "application/json");
      }
      List<OutboundMessage> jobs = new ArrayList<>();
      for (Dependency dependency : definition.dependencies().values()) {
        String marker = S3Layout.resolvedMarker(definition.bookId(), definition.version(), dependency.id());
        if (store.exists(marker)) {
          continue; // resolved on an earlier delivery of this order: nothing to redo
        }
        SatellitePageJob job =
            SatellitePageJob.of(definition.orderId(), definition.bookId(), dependency.id(), dependency.spec());
        jobs.add(
            new OutboundMessage(
                job.jobId(),
                Json.write(job),
                Map.of(FailureAttributes.ORDER_ID, job.orderId(), FailureAttributes.BOOK_ID, job.bookId())));
      }
      queue.sendAll(Queues.SATELLITE_PAGE_JOBS_NAME, jobs);
      published += jobs.size();
    }
    return published;
  }
}
