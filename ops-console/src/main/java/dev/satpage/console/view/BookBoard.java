package dev.satpage.console.view;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.gate.GateMarker;
import dev.satpage.model.json.Json;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.status.BookState;
import dev.satpage.model.status.BookStatus;
import dev.satpage.model.status.BookStatusReader;
import dev.satpage.model.status.PendingEntry;
import dev.satpage.model.storage.S3Layout;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The books on the overview. Unfinished books come from the pending index ({@code index/pending/},
 * which the intake writes and the render worker clears): at most {@code scanLimit} entries are read
 * per refresh, each book's state through {@link BookStatusReader}; a book is stuck when it is not
 * rendered {@code stuckAfter} after satpage accepted it. Rendered books leave the index, so the
 * board remembers the unfinished books it saw (at most {@code scanLimit}) and, once one reads
 * READY, keeps it with its latency (accepted → rendered gate done) for {@link #WINDOW}: throughput
 * and latency count the books this console saw unfinished, not books rendered while it was down.
 */
public final class BookBoard {
  /** The window of the rendered books' throughput and latency. */
  public static final Duration WINDOW = Duration.ofHours(1);

  private final ObjectStore store;
  private final BookStatusReader reader;
  private final Clock clock;
  private final int scanLimit;
  private final Duration stuckAfter;
  private final Map<String, Instant> unfinished = new LinkedHashMap<>();
  private final Deque<RenderedBook> rendered = new ArrayDeque<>();

  public BookBoard(ObjectStore store, Clock clock, int scanLimit, Duration stuckAfter) {
    this.store = store;
    this.reader = new BookStatusReader(store);
    this.clock = clock;
    this.scanLimit = scanLimit;
    this.stuckAfter = stuckAfter;
  }

  /** A book that rendered in the window, and how long after its acceptance. */
  public record RenderedBook(String bookId, Instant renderedAt, Duration latency) {}

  /** An unfinished book: its state, when it was accepted, whether it is stuck, and why blocked. */
  public record BookRow(
      String bookId, BookState state, Instant acceptedAt, boolean stuck, String blocker) {}

  /** The board at one refresh; {@code indexTruncated} when the index held more than was read. */
  public record Snapshot(
      List<BookRow> unfinished,
      List<RenderedBook> renderedInWindow,
      boolean indexTruncated,
      Instant at) {
    public long count(BookState state) {
      return unfinished.stream().filter(b -> b.state() == state).count();
    }

    public long stuck() {
      return unfinished.stream().filter(BookRow::stuck).count();
    }

    /** The median latency of the books rendered in the window, or null if none. */
    public Duration medianLatency() {
      List<Duration> sorted =
          renderedInWindow.stream().map(RenderedBook::latency).sorted().toList();
      return sorted.isEmpty() ? null : sorted.get((sorted.size() - 1) / 2);
    }

    public Duration maxLatency() {
      return renderedInWindow.stream()
          .map(RenderedBook::latency)
          .max(Comparator.naturalOrder())
          .orElse(null);
    }
  }

  /** Reads the index again and returns the board. */
  public synchronized Snapshot refresh() {
    Instant now = clock.instant();
    List<String> keys = store.list(S3Layout.PENDING_INDEX_PREFIX);
    List<BookRow> rows = new ArrayList<>();
    for (String key : keys.subList(0, Math.min(keys.size(), scanLimit))) {
      Optional<BookStatus> status =
          store.get(key).map(o -> Json.read(o.content(), PendingEntry.class)).flatMap(reader::read);
      if (status.isEmpty()) {
        continue;
      }
      BookStatus b = status.get();
      if (b.state() == BookState.READY) {
        noteRendered(b.bookId(), b.acceptedAt());
        continue;
      }
      remember(b.bookId(), b.acceptedAt());
      rows.add(
          new BookRow(
              b.bookId(),
              b.state(),
              b.acceptedAt(),
              b.acceptedAt() != null && b.acceptedAt().plus(stuckAfter).isBefore(now),
              b.blocker()
                  .map(d -> d.id() + ": " + d.reason() + " (" + d.location() + ")")
                  .orElse(null)));
    }
    List<String> seen = rows.stream().map(BookRow::bookId).toList();
    for (Map.Entry<String, Instant> e : List.copyOf(unfinished.entrySet())) {
      if (!seen.contains(e.getKey())) {
        reader
            .read(e.getKey())
            .filter(b -> b.state() == BookState.READY)
            .ifPresent(b -> noteRendered(b.bookId(), e.getValue()));
      }
    }
    while (!rendered.isEmpty() && rendered.peekFirst().renderedAt().isBefore(now.minus(WINDOW))) {
      rendered.removeFirst();
    }
    return new Snapshot(rows, List.copyOf(rendered), keys.size() > scanLimit, now);
  }

  private void remember(String bookId, Instant acceptedAt) {
    if (acceptedAt != null && !unfinished.containsKey(bookId)) {
      if (unfinished.size() >= scanLimit) {
        unfinished.remove(unfinished.keySet().iterator().next());
      }
      unfinished.put(bookId, acceptedAt);
    }
  }

  private void noteRendered(String bookId, Instant acceptedAt) {
    Instant known = unfinished.remove(bookId);
    Instant accepted = acceptedAt != null ? acceptedAt : known;
    if (accepted == null || rendered.stream().anyMatch(r -> r.bookId().equals(bookId))) {
      return;
    }
    store
        .get(S3Layout.definition(bookId))
        .map(o -> Json.read(o.content(), DefinitionFile.class).version())
        .flatMap(v -> store.get(S3Layout.renderedMarker(bookId, v)))
        .map(o -> Json.read(o.content(), GateMarker.class))
        .filter(g -> g.doneAt() != null)
        .ifPresent(
            g ->
                rendered.addLast(
                    new RenderedBook(bookId, g.doneAt(), Duration.between(accepted, g.doneAt()))));
  }
}
