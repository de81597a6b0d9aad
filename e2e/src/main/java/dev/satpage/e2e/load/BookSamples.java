package dev.satpage.e2e.load;

import dev.satpage.model.gate.GateMarker;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.storage.S3Layout;
import java.time.Instant;
import java.util.Optional;

/** Reads a {@link BookSample} back from S3 after the book was rendered. */
public final class BookSamples {
  private BookSamples() {}

  /** Empty when a marker is missing (the book was not dispatched). */
  public static Optional<BookSample> read(ObjectStore store, Instant placedAt, BookRendered event) {
    int version = versionOf(event.idempotencyKey());
    String book = event.bookId();
    Optional<Instant> last =
        store.list(S3Layout.resolvedPrefix(book, version)).stream()
            .map(
                k ->
                    store
                        .get(k)
                        .map(o -> Json.read(o.content(), ImageryCompleted.class).completedAt()))
            .flatMap(Optional::stream)
            .max(Instant::compareTo);
    Optional<GateMarker> gate =
        store
            .get(S3Layout.renderDispatch(book, version))
            .map(o -> Json.read(o.content(), GateMarker.class));
    if (last.isEmpty() || gate.isEmpty()) {
      return Optional.empty();
    }
    // doneAt is set once the render job was sent; claimedAt a few ms earlier (a crashed holder may
    // leave only that).
    Instant dispatched = gate.get().doneAt() != null ? gate.get().doneAt() : gate.get().claimedAt();
    return Optional.of(
        new BookSample(
            book, event.purpose(), placedAt, last.get(), dispatched, event.renderedAt()));
  }

  /** {@code {book}/v{n}} → n. */
  static int versionOf(String idempotencyKey) {
    int v = idempotencyKey.lastIndexOf("/v");
    return v < 0 ? 1 : Integer.parseInt(idempotencyKey.substring(v + 2));
  }
}
