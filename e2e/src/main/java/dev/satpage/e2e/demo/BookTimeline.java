package dev.satpage.e2e.demo;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.gate.GateMarker;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.storage.S3Layout;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When each stage of one book finished, read back from the events and the S3 state the pipeline
 * left.
 */
record BookTimeline(
    String bookId,
    Instant placedAt,
    List<Instant> imageryCompletedAt,
    Instant dispatchedAt,
    Instant renderedAt,
    DefinitionFile patched,
    BookRendered event) {

  static BookTimeline read(ObjectStore store, Instant placedAt, BookRendered event) {
    String bookId = event.bookId();
    DefinitionFile patched =
        Json.read(
            store.get(S3Layout.patchedDefinition(bookId, 1)).orElseThrow().content(),
            DefinitionFile.class);
    List<Instant> completions =
        store.list(S3Layout.resolvedPrefix(bookId, patched.version())).stream()
            .map(
                k ->
                    Json.read(store.get(k).orElseThrow().content(), ImageryCompleted.class)
                        .completedAt())
            .toList();
    GateMarker dispatch =
        Json.read(
            store.get(S3Layout.renderDispatch(bookId, patched.version())).orElseThrow().content(),
            GateMarker.class);
    Instant dispatchedAt = dispatch.doneAt() != null ? dispatch.doneAt() : dispatch.claimedAt();
    return new BookTimeline(
        bookId, placedAt, completions, dispatchedAt, event.renderedAt(), patched, event);
  }

  Instant lastImagery() {
    return imageryCompletedAt.stream().max(Instant::compareTo).orElse(placedAt);
  }

  List<Duration> orderToImagery() {
    return imageryCompletedAt.stream().map(t -> Duration.between(placedAt, t)).toList();
  }

  Duration fanIn() {
    return Duration.between(lastImagery(), dispatchedAt);
  }

  Duration dispatchToRendered() {
    return Duration.between(dispatchedAt, renderedAt);
  }

  Duration orderToRendered() {
    return Duration.between(placedAt, renderedAt);
  }
}
