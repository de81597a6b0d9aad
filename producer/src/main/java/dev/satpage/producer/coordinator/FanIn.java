package dev.satpage.producer.coordinator;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.message.ImageryCompleted;
import java.util.Collection;

/**
 * Pure fan-in: the Definition File as the producer wrote it, plus the completions recorded so far,
 * gives the patched Definition File. Deterministic — the same set of completions in any order
 * yields the same file — so concurrent coordinators that both see a book complete write identical
 * bytes.
 */
public final class FanIn {
  private FanIn() {}

  public static DefinitionFile patch(
      DefinitionFile original, Collection<ImageryCompleted> completions) {
    DefinitionFile patched = original;
    for (ImageryCompleted c :
        completions.stream()
            .sorted(java.util.Comparator.comparing(ImageryCompleted::dependencyId))
            .toList()) {
      if (!c.bookId().equals(original.bookId())) {
        throw new IllegalArgumentException(
            "completion for book " + c.bookId() + " applied to " + original.bookId());
      }
      patched =
          patched.with(
              patched
                  .dependency(c.dependencyId())
                  .resolved(c.printUri(), c.previewUri(), c.attribution()));
    }
    return patched;
  }
}
