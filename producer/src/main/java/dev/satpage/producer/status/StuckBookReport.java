package dev.satpage.producer.status;

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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds books accepted and not rendered within a deadline (measured from acceptance), from the
 * index the intake writes: pending (imagery missing), blocked (a page or the render job refused,
 * with why) or rendering too long. A scan drops the entries of books it finds rendered, so the
 * index holds exactly the unfinished books.
 */
public final class StuckBookReport {
  /** Default: a book not rendered 15 minutes after it was accepted is reported. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(15);

  /** The result of one scan. */
  public record Result(Map<BookState, Integer> byState, List<BookStatus> stuck) {}

  private final ObjectStore store;
  private final BookStatusReader reader;
  private final Clock clock;
  private final Duration deadline;

  public StuckBookReport(
      ObjectStore store, BookStatusReader reader, Clock clock, Duration deadline) {
    this.store = store;
    this.reader = reader;
    this.clock = clock;
    this.deadline = deadline;
  }

  public Result scan() {
    Map<BookState, Integer> byState = new EnumMap<>(BookState.class);
    List<BookStatus> stuck = new ArrayList<>();
    Instant cutoff = clock.instant().minus(deadline);
    for (String key : store.list(S3Layout.PENDING_INDEX_PREFIX)) {
      var entry = store.get(key).map(o -> Json.read(o.content(), PendingEntry.class));
      if (entry.isEmpty()) {
        continue; // cleared between list and get
      }
      var status = reader.read(entry.get());
      if (status.isEmpty()) {
        continue;
      }
      if (status.get().state() == BookState.READY) {
        store.delete(
            key); // finished: out of the index (idempotent; a concurrent scan may do the same)
        continue;
      }
      byState.merge(status.get().state(), 1, Integer::sum);
      if (entry.get().acceptedAt().isBefore(cutoff)) {
        stuck.add(status.get());
      }
    }
    return new Result(byState, stuck);
  }
}
