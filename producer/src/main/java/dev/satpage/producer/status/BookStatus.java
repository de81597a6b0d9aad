package dev.satpage.producer.status;

import dev.satpage.model.book.Purpose;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A book's state derived from what the pipeline left in S3; {@code pageKeys} are set once READY. {@code acceptedAt}
 * (satpage's clock) and {@code placedAt} (the shop's) are known while the book is in the pending index, null after.
 */
public record BookStatus(
    String bookId,
    String orderId,
    Purpose purpose,
    BookState state,
    Instant acceptedAt,
    Instant placedAt,
    List<DependencyStatus> dependencies,
    List<String> pageKeys) {

  /** The first failed dependency, when BLOCKED. */
  public Optional<DependencyStatus> blocker() {
    return dependencies.stream().filter(d -> d.reason() != null).findFirst();
  }

  /** Ids of dependencies not yet resolved. */
  public List<String> missing() {
    return dependencies.stream()
        .filter(d -> d.state() != dev.satpage.model.book.DependencyState.RESOLVED)
        .map(DependencyStatus::id)
        .toList();
  }
}
