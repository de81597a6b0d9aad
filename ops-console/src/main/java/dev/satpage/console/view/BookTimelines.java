package dev.satpage.console.view;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.RenderFailure;
import dev.satpage.model.gate.GateMarker;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.message.ImageryFailed;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.StoredObject;
import dev.satpage.model.status.PendingEntry;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.ops.book.BookInspector;
import dev.satpage.ops.book.BookReport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link BookView} from what S3 holds about a book — the pending index entry, the
 * completion and failure markers, the fan-in's patched Definition File, the render gates — and the
 * ops CLI's {@link BookInspector} for its state and dead letters. Every time shown is one the
 * pipeline wrote into those objects; a step whose object carries no time (the patched file) is
 * shown at the time of the next gate.
 */
public final class BookTimelines {
  /** The S3 user-metadata key a W3C trace context is stored under on the Definition File. */
  public static final String TRACEPARENT = "traceparent";

  private final ObjectStore store;
  private final BookInspector inspector;

  public BookTimelines(ObjectStore store, BookInspector inspector) {
    this.store = store;
    this.inspector = inspector;
  }

  /** The book, or empty when the bucket holds no Definition File for it. */
  public Optional<BookView> read(String bookId) {
    Optional<BookReport> report = inspector.inspect(bookId);
    Optional<StoredObject> definition = store.get(S3Layout.definition(bookId));
    if (report.isEmpty() || definition.isEmpty()) {
      return Optional.empty();
    }
    DefinitionFile file = Json.read(definition.get().content(), DefinitionFile.class);
    int v = file.version();
    List<Raw> raw = new ArrayList<>();
    List<String> previews = new ArrayList<>();
    store
        .get(S3Layout.pendingIndex(bookId))
        .map(o -> Json.read(o.content(), PendingEntry.class))
        .ifPresent(
            p -> {
              if (p.placedAt() != null) {
                raw.add(
                    new Raw(p.placedAt(), "order placed", "the shop's time, order " + p.orderId()));
              }
              raw.add(new Raw(p.acceptedAt(), "accepted", "Definition File written, jobs sent"));
            });
    for (String dep : file.dependencies().keySet()) {
      store
          .get(S3Layout.resolvedMarker(bookId, v, dep))
          .map(o -> Json.read(o.content(), ImageryCompleted.class))
          .ifPresent(
              c -> {
                raw.add(
                    new Raw(
                        c.completedAt(),
                        "satellite page " + dep,
                        "made by " + c.provider() + ", " + c.widthPx() + "×" + c.heightPx()));
                keyOf(c.previewUri()).ifPresent(previews::add);
              });
      store
          .get(S3Layout.failedMarker(bookId, v, dep))
          .map(o -> Json.read(o.content(), ImageryFailed.class))
          .ifPresent(
              f -> raw.add(new Raw(f.failedAt(), "satellite page " + dep + " failed", f.reason())));
    }
    gate(S3Layout.renderDispatch(bookId, v), "fan-in complete, render job", raw);
    store
        .get(S3Layout.renderFailedMarker(bookId, v))
        .map(o -> Json.read(o.content(), RenderFailure.class))
        .ifPresent(f -> raw.add(new Raw(f.failedAt(), "render job refused", f.reason())));
    gate(S3Layout.renderedMarker(bookId, v), "rendered", raw);
    gate(S3Layout.printReadyMarker(bookId, v), "print-ready", raw);
    String patched =
        store
            .get(S3Layout.patchedDefinition(bookId, v))
            .map(o -> new String(o.content(), StandardCharsets.UTF_8))
            .orElse(null);
    return Optional.of(
        new BookView(
            report.get(),
            timeline(raw),
            previews,
            store.list(S3Layout.renderedPagesPrefix(bookId, v)),
            new String(definition.get().content(), StandardCharsets.UTF_8),
            patched,
            traceId(definition.get().metadata().get(TRACEPARENT))));
  }

  /**
   * The trace id of a W3C {@code traceparent} ({@code version-traceid-parentid-flags}), or null if
   * absent or malformed: https://www.w3.org/TR/trace-context/#traceparent-header
   */
  static String traceId(String traceparent) {
    if (traceparent == null) {
      return null;
    }
    String[] parts = traceparent.strip().split("-");
    return parts.length == 4 && parts[1].matches("[0-9a-f]{32}") ? parts[1] : null;
  }

  private void gate(String key, String step, List<Raw> raw) {
    store
        .get(key)
        .map(o -> Json.read(o.content(), GateMarker.class))
        .ifPresent(
            g -> {
              raw.add(new Raw(g.claimedAt(), step + " claimed", "by " + g.owner()));
              if (g.doneAt() != null) {
                raw.add(new Raw(g.doneAt(), step + " done", ""));
              }
            });
  }

  private Optional<String> keyOf(String uri) {
    String prefix = "s3://" + store.bucket() + "/";
    return uri != null && uri.startsWith(prefix)
        ? Optional.of(uri.substring(prefix.length()))
        : Optional.empty();
  }

  static List<TimelineEvent> timeline(List<Raw> raw) {
    List<Raw> sorted = raw.stream().sorted(Comparator.comparing(Raw::at)).toList();
    List<TimelineEvent> out = new ArrayList<>();
    Instant previous = null;
    for (Raw r : sorted) {
      out.add(
          new TimelineEvent(
              r.at(),
              r.step(),
              r.detail(),
              previous == null ? null : Duration.between(previous, r.at())));
      previous = r.at();
    }
    return out;
  }

  record Raw(Instant at, String step, String detail) {}
}
