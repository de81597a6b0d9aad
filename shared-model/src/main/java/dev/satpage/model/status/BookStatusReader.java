package dev.satpage.model.status;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Dependency;
import dev.satpage.model.book.DependencyState;
import dev.satpage.model.book.RenderFailure;
import dev.satpage.model.gate.GateMarker;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryFailed;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Derives a book's {@link BookStatus} from the objects the pipeline keeps in S3 — the same ones the
 * coordinator and render worker decide by — so the status API, the stuck-book report and ops
 * tooling never disagree with them. A dependency resolved after an earlier failure (a DLQ replay
 * that succeeded) counts as resolved.
 */
public final class BookStatusReader {
  private final ObjectStore store;

  public BookStatusReader(ObjectStore store) {
    this.store = store;
  }

  public Optional<BookStatus> read(String bookId) {
    Optional<DefinitionFile> found =
        store
            .get(S3Layout.definition(bookId))
            .map(o -> Json.read(o.content(), DefinitionFile.class));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DefinitionFile definition = found.get();
    int v = definition.version();
    List<DependencyStatus> deps = new ArrayList<>();
    for (Dependency d : definition.dependencies().values()) {
      deps.add(dependency(bookId, v, d.id()));
    }
    Optional<PendingEntry> pending =
        store
            .get(S3Layout.pendingIndex(bookId))
            .map(o -> Json.read(o.content(), PendingEntry.class));
    BookState state;
    List<String> pages = List.of();
    DependencyStatus render = null;
    if (gateDone(S3Layout.renderedMarker(bookId, v))) {
      state = BookState.READY;
      pages =
          definition.pages().stream()
              .map(p -> S3Layout.renderedPage(bookId, v, p.pageId()))
              .toList();
    } else if (store.exists(S3Layout.renderDispatch(bookId, v))) {
      render =
          store
              .get(S3Layout.renderFailedMarker(bookId, v))
              .map(o -> Json.read(o.content(), RenderFailure.class))
              .map(
                  f ->
                      new DependencyStatus(
                          "render",
                          DependencyState.FAILED,
                          f.reason(),
                          Queues.RENDER_JOBS.deadLetterName()))
              .orElse(null);
      state = render == null ? BookState.RENDERING : BookState.BLOCKED;
    } else if (deps.stream().anyMatch(d -> d.state() == DependencyState.FAILED)) {
      state = BookState.BLOCKED;
    } else {
      state = BookState.PENDING;
    }
    return Optional.of(
        new BookStatus(
            bookId,
            definition.orderId(),
            definition.purpose(),
            state,
            pending.map(PendingEntry::acceptedAt).orElse(null),
            pending.map(PendingEntry::placedAt).orElse(null),
            deps,
            render,
            pages));
  }

  private DependencyStatus dependency(String bookId, int version, String id) {
    if (store.exists(S3Layout.resolvedMarker(bookId, version, id))) {
      return new DependencyStatus(id, DependencyState.RESOLVED, null, null);
    }
    return store
        .get(S3Layout.failedMarker(bookId, version, id))
        .map(o -> Json.read(o.content(), ImageryFailed.class))
        .map(
            f ->
                new DependencyStatus(
                    id,
                    DependencyState.FAILED,
                    f.reason(),
                    Queues.SATELLITE_PAGE_JOBS.deadLetterName()))
        .orElseGet(() -> new DependencyStatus(id, DependencyState.PENDING, null, null));
  }

  private boolean gateDone(String key) {
    return store.get(key).map(o -> Json.read(o.content(), GateMarker.class).done()).orElse(false);
  }
}
