package dev.satpage.model.book;

import dev.satpage.model.json.Require;
import java.time.Instant;

/**
 * The render worker refused a book's render job for good (its job is in {@code
 * satpage-render-jobs-dlq}): written create-once at {@code books/{book}/v{n}/render-failed.json} so
 * the book's status shows it blocked, with the reason, instead of rendering for ever. A later
 * successful render (after a replay) outranks it.
 */
public record RenderFailure(
    int schemaVersion, String bookId, int definitionVersion, String reason, Instant failedAt) {
  public static final int SCHEMA_VERSION = 1;

  public RenderFailure {
    Require.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Require.id(bookId, "bookId");
    Require.range(definitionVersion, 1, Integer.MAX_VALUE, "definitionVersion");
    Require.text(reason, "reason", 1000);
    Require.present(failedAt, "failedAt");
  }
}
