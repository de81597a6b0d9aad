package dev.satpage.model.message;

import dev.satpage.model.book.Purpose;
import dev.satpage.model.json.Require;
import java.time.Instant;
import java.util.List;

/**
 * A book's pages exist in S3. Queue: {@code book-rendered}. Emitted once per (book, Definition File
 * version).
 */
public record BookRendered(
    int schemaVersion,
    String idempotencyKey,
    String orderId,
    String bookId,
    Purpose purpose,
    List<String> pageUris,
    Instant renderedAt) {
  public static final int SCHEMA_VERSION = 1;

  public BookRendered {
    Require.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Require.text(idempotencyKey, "idempotencyKey", 300);
    Require.id(orderId, "orderId");
    Require.id(bookId, "bookId");
    Require.present(purpose, "purpose");
    pageUris = Require.nonEmpty(pageUris, "pageUris", 64);
    Require.present(renderedAt, "renderedAt");
  }
}
