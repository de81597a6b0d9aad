package dev.satpage.producer.intake;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Dependency;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.status.PendingEntry;
import dev.satpage.model.storage.S3Layout;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an order into work: for each book, stores the Definition File, then publishes its
 * satellite-page jobs. Every book is validated before anything is written, so a bad order publishes
 * nothing.
 *
 * <p>A book id belongs to one body for ever: the Definition File is created once ({@code
 * If-None-Match: *}). A redelivery of the same order converges — the stored file equals the one it
 * would write, and only jobs whose dependency is not yet resolved are published again (job ids are
 * deterministic, so consumers see the same job). A delivery that would give an existing book id a
 * different body (another child's name, another home, another order) is refused with {@code
 * order-conflict} before anything of it is written, so a book can never mix two customers' orders
 * (docs/ARCHITECTURE.md, "One book, one body").
 */
public final class OrderIntake {
  private final ProductCatalog catalog;
  private final ObjectStore store;
  private final JobQueue queue;
  private final Clock clock;

  public OrderIntake(ProductCatalog catalog, ObjectStore store, JobQueue queue, Clock clock) {
    this.catalog = catalog;
    this.store = store;
    this.queue = queue;
    this.clock = clock;
  }

  /** Returns the number of satellite-page jobs published. */
  public int handle(OrderPlaced order) {
    order.books().forEach(catalog::requireKnown);
    order.books().forEach(catalog::requirePrintable);
    List<DefinitionFile> definitions =
        order.books().stream().map(b -> catalog.definitionFor(order.orderId(), b)).toList();
    // Refuse a conflicting order as a whole before any of its books is written or published. One
    // book needs no look first: its create-once write below writes nothing over another body, and
    // a refused write is compared then.
    if (definitions.size() > 1) {
      definitions.forEach(
          d -> stored(d.bookId()).ifPresent(existing -> requireSameBody(existing, d)));
    }
    int published = 0;
    for (DefinitionFile definition : definitions) {
      String key = S3Layout.definition(definition.bookId());
      boolean created =
          store.putIfAbsent(key, Json.writeBytes(definition), "application/json").isPresent();
      if (!created) {
        // Written by an earlier delivery, or by a concurrent one since the check above: it must be
        // this body.
        requireSameBody(
            stored(definition.bookId())
                .orElseThrow(
                    () ->
                        new TransientFailure(
                            "Definition File "
                                + store.uriOf(key)
                                + " is being created by a concurrent delivery; retrying to compare with it")),
            definition);
      }
      // A book this delivery created has nothing after it yet (its jobs are published below, and
      // the coordinator's markers and render dispatch all follow them): no need to ask S3.
      if (created
          || !store.exists(S3Layout.renderDispatch(definition.bookId(), definition.version()))) {
        PendingEntry entry =
            new PendingEntry(
                PendingEntry.SCHEMA_VERSION,
                definition.bookId(),
                order.orderId(),
                clock.instant(),
                order.placedAt());
        store.putIfAbsent(
            S3Layout.pendingIndex(definition.bookId()), Json.writeBytes(entry), "application/json");
      }
      List<OutboundMessage> jobs = new ArrayList<>();
      for (Dependency dependency : definition.dependencies().values()) {
        String marker =
            S3Layout.resolvedMarker(definition.bookId(), definition.version(), dependency.id());
        if (!created && store.exists(marker)) {
          continue; // resolved on an earlier delivery of this order: nothing to redo
        }
        // The stored file is this one (requireSameBody above), so its version is the one the job
        // names.
        SatellitePageJob job =
            SatellitePageJob.of(
                definition.orderId(),
                definition.bookId(),
                definition.version(),
                dependency.id(),
                dependency.spec());
        jobs.add(
            new OutboundMessage(
                job.jobId(),
                Json.write(job),
                Map.of(
                    FailureAttributes.ORDER_ID,
                    job.orderId(),
                    FailureAttributes.BOOK_ID,
                    job.bookId())));
      }
      queue.sendAll(Queues.SATELLITE_PAGE_JOBS_NAME, jobs);
      published += jobs.size();
    }
    return published;
  }

  private Optional<DefinitionFile> stored(String bookId) {
    return store
        .get(S3Layout.definition(bookId))
        .map(o -> Json.read(o.content(), DefinitionFile.class));
  }

  /**
   * Fails with {@code order-conflict} unless {@code proposed} is the book already stored. The
   * reason names the fields that differ, never their values (a child's name and home are personal
   * data; DLQ attributes and logs are not the place for them).
   */
  static void requireSameBody(DefinitionFile existing, DefinitionFile proposed) {
    List<String> differing = BodyDifference.fields(existing, proposed);
    if (!differing.isEmpty()) {
      throw new PermanentFailure(
          FailureReason.ORDER_CONFLICT,
          "book "
              + proposed.bookId()
              + " already belongs to order "
              + existing.orderId()
              + " with a different body (differs in "
              + String.join(", ", differing)
              + "); a changed book needs a new bookId");
    }
  }
}
