package dev.satpage.model.status;

import dev.satpage.model.book.Purpose;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A book's state derived from what the pipeline left in S3; {@code pageKeys} are set once READY.
 * {@code acceptedAt} (satpage's clock) and {@code placedAt} (the shop's) are known until the book
 * is rendered. {@code render} is set when the render worker refused the book's render job for good
 * (id {@code render}, the reason, the DLQ holding the job).
 */
public record BookStatus(
    String bookId,
    String orderId,
    Purpose purpose,
    BookState state,
    Instant acceptedAt,
    Instant placedAt,
    List<DependencyStatus> dependencies,
    DependencyStatus render,
    List<String> pageKeys) {

  /** Why the book is BLOCKED: its refused render job, else the first failed dependency. */
  public Optional<DependencyStatus> blocker() {
    return render != null && render.reason() != null
        ? Optional.of(render)
        : dependencies.stream().filter(d -> d.reason() != null).findFirst();
  }

  /** Ids of dependencies not yet resolved. */
  public List<String> missing() {
    return dependencies.stream()
        .filter(d -> d.state() != dev.satpage.model.book.DependencyState.RESOLVED)
        .map(DependencyStatus::id)
        .toList();
  }
}
