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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Derives a book's {@link BookStatus} from the objects the pipeline keeps in S3 — the same ones the
 * coordinator and render worker decide by — so the status API, the stuck-book report and ops
 * tooling never disagree with them. A dependency resolved after an earlier failure (a DLQ replay
 * that succeeded) counts as resolved. A book costs: its Definition File once (kept: it never
 * changes), its pending entry, then the rendered gate; while not rendered the render dispatch; then
 * either the render failure marker (dispatched) or one resolved marker per dependency and a failure
 * marker per unresolved one.
 */
public final class BookStatusReader {
  /**
   * Definition Files kept: a few hundred kB for the books in flight and a backlog of stuck ones.
   */
  static final int DEFINITIONS_KEPT = 1024;

  private final ObjectStore store;
  // Definition Files are created once and never rewritten (docs/ARCHITECTURE.md, "One book, one
  // body"), so a file read once is the file; only found ones are kept (a missing one may come).
  private final Map<String, DefinitionFile> definitions =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DefinitionFile> eldest) {
          return size() > DEFINITIONS_KEPT;
        }
      };

  public BookStatusReader(ObjectStore store) {
    this.store = store;
  }

  public Optional<BookStatus> read(String bookId) {
    return read(bookId, () -> pendingEntry(bookId));
  }

  /** As {@link #read(String)}, for the book of an index entry the caller has read already. */
  public Optional<BookStatus> read(PendingEntry entry) {
    return read(entry.bookId(), () -> Optional.of(entry));
  }

  private Optional<BookStatus> read(String bookId, Supplier<Optional<PendingEntry>> pendingEntry) {
    Optional<DefinitionFile> found = definition(bookId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DefinitionFile definition = found.get();
    int v = definition.version();
    Optional<PendingEntry> pending = pendingEntry.get();
    BookState state;
    List<String> pages = List.of();
    DependencyStatus render = null;
    List<DependencyStatus> deps;
    // Latest stage first: a book is rendered only after its render job was dispatched, and the
    // coordinator dispatches only once every dependency has its resolved marker (which outranks a
    // failure marker), so from dispatch on every dependency reads RESOLVED without asking S3.
    if (gateDone(S3Layout.renderedMarker(bookId, v))) {
      state = BookState.READY;
      deps = allResolved(definition);
      pages =
          definition.pages().stream()
              .map(p -> S3Layout.renderedPage(bookId, v, p.pageId()))
              .toList();
    } else if (store.exists(S3Layout.renderDispatch(bookId, v))) {
      deps = allResolved(definition);
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
    } else {
      deps = new ArrayList<>();
      for (Dependency d : definition.dependencies().values()) {
        deps.add(dependency(bookId, v, d.id()));
      }
      state =
          deps.stream().anyMatch(d -> d.state() == DependencyState.FAILED)
              ? BookState.BLOCKED
              : BookState.PENDING;
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

  private Optional<DefinitionFile> definition(String bookId) {
    synchronized (definitions) {
      DefinitionFile kept = definitions.get(bookId);
      if (kept != null) {
        return Optional.of(kept);
      }
    }
    Optional<DefinitionFile> read =
        store
            .get(S3Layout.definition(bookId))
            .map(o -> Json.read(o.content(), DefinitionFile.class));
    read.ifPresent(
        d -> {
          synchronized (definitions) {
            definitions.put(bookId, d);
          }
        });
    return read;
  }

  private Optional<PendingEntry> pendingEntry(String bookId) {
    return store
        .get(S3Layout.pendingIndex(bookId))
        .map(o -> Json.read(o.content(), PendingEntry.class));
  }

  private static List<DependencyStatus> allResolved(DefinitionFile definition) {
    return definition.dependencies().values().stream()
        .map(d -> new DependencyStatus(d.id(), DependencyState.RESOLVED, null, null))
        .toList();
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
