package dev.satpage.console.view;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.RenderFailure;
import dev.satpage.model.gate.GateMarker;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.message.ImageryFailed;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.WriteOptions;
import dev.satpage.model.status.PendingEntry;
import dev.satpage.model.storage.S3Layout;
import java.time.Instant;
import java.util.Map;

/** Writes a book's objects as the pipeline does, for the console's tests. */
public final class BookObjects {
  private final ObjectStore store;
  private final DefinitionFile book;

  public BookObjects(ObjectStore store, DefinitionFile book) {
    this.store = store;
    this.book = book;
  }

  public BookObjects definition(Map<String, String> metadata) {
    store.put(
        S3Layout.definition(book.bookId()),
        Json.writeBytes(book),
        WriteOptions.of("application/json").withMetadata(metadata));
    return this;
  }

  public BookObjects accepted(Instant acceptedAt, Instant placedAt) {
    store.put(
        S3Layout.pendingIndex(book.bookId()),
        Json.writeBytes(
            new PendingEntry(
                PendingEntry.SCHEMA_VERSION, book.bookId(), book.orderId(), acceptedAt, placedAt)),
        "application/json");
    return this;
  }

  public BookObjects resolved(String dep, Instant at) {
    String preview = "imagery/" + book.bookId() + "/" + dep + "/preview.jpg";
    store.put(preview, new byte[] {(byte) 0xFF, (byte) 0xD8}, "image/jpeg");
    store.put(
        S3Layout.resolvedMarker(book.bookId(), book.version(), dep),
        Json.writeBytes(
            new ImageryCompleted(
                ImageryCompleted.SCHEMA_VERSION,
                "job-" + dep,
                book.orderId(),
                book.bookId(),
                book.version(),
                dep,
                store.uriOf("imagery/" + dep + "/print.jpg"),
                store.uriOf(preview),
                4000,
                3000,
                "azure-maps",
                "© Microsoft",
                at)),
        "application/json");
    return this;
  }

  public BookObjects failed(String dep, String reason, Instant at) {
    store.put(
        S3Layout.failedMarker(book.bookId(), book.version(), dep),
        Json.writeBytes(
            new ImageryFailed(
                ImageryFailed.SCHEMA_VERSION,
                "job-" + dep,
                book.orderId(),
                book.bookId(),
                book.version(),
                dep,
                reason,
                at)),
        "application/json");
    return this;
  }

  public BookObjects gate(String key, Instant claimedAt, Instant doneAt) {
    store.put(
        key,
        Json.writeBytes(
            new GateMarker(
                GateMarker.SCHEMA_VERSION,
                doneAt == null ? GateMarker.CLAIMED : GateMarker.DONE,
                "test-worker",
                claimedAt,
                doneAt)),
        "application/json");
    return this;
  }

  public BookObjects dispatched(Instant claimedAt, Instant doneAt) {
    return gate(S3Layout.renderDispatch(book.bookId(), book.version()), claimedAt, doneAt);
  }

  public BookObjects rendered(Instant claimedAt, Instant doneAt) {
    store.put(
        S3Layout.renderedPage(book.bookId(), book.version(), "p01-title"),
        new byte[] {(byte) 0xFF, (byte) 0xD8},
        "image/jpeg");
    store.delete(S3Layout.pendingIndex(book.bookId()));
    return gate(S3Layout.renderedMarker(book.bookId(), book.version()), claimedAt, doneAt);
  }

  public BookObjects renderRefused(String reason, Instant at) {
    store.put(
        S3Layout.renderFailedMarker(book.bookId(), book.version()),
        Json.writeBytes(
            new RenderFailure(
                RenderFailure.SCHEMA_VERSION, book.bookId(), book.version(), reason, at)),
        "application/json");
    return this;
  }
}
