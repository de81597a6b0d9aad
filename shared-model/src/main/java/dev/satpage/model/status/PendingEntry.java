package dev.satpage.model.status;

import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.json.Require;
import java.time.Instant;

/**
 * An entry of the pending-books index: a book accepted and not yet dispatched for rendering. {@code acceptedAt} is when
 * satpage accepted it (its clock: what "stuck" is measured from); {@code placedAt} is the shop's own order time, kept for
 * the report. Version 1 entries (written before version 2 existed) carried only the shop's time, as acceptedAt, and
 * have no placedAt.
 */
public record PendingEntry(int schemaVersion, String bookId, String orderId, Instant acceptedAt, Instant placedAt) {
  public static final int SCHEMA_VERSION = 2;

  public PendingEntry {
    if (schemaVersion != 1 && schemaVersion != SCHEMA_VERSION) {
      Require.schemaVersion(schemaVersion, SCHEMA_VERSION); // throws, naming the versions this reader understands
    }
    Require.id(bookId, "bookId");
    Require.id(orderId, "orderId");
    Require.present(acceptedAt, "acceptedAt");
    if (schemaVersion == SCHEMA_VERSION && placedAt == null) {
      throw new MessageFormatException("placedAt", "is required");
    }
  }
}
