package dev.satpage.producer.status;

import dev.satpage.model.json.Require;
import java.time.Instant;

/** An entry of the pending-books index: a book accepted and not yet dispatched for rendering. */
public record PendingEntry(int schemaVersion, String bookId, String orderId, Instant acceptedAt) {
  public static final int SCHEMA_VERSION = 1;

  public PendingEntry {
    Require.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Require.id(bookId, "bookId");
    Require.id(orderId, "orderId");
    Require.present(acceptedAt, "acceptedAt");
  }
}
