package dev.satpage.model.status;

import dev.satpage.model.json.AddedField;
import dev.satpage.model.json.Require;
import java.time.Instant;

/**
 * An entry of the pending-books index: a book accepted and not yet dispatched for rendering. {@code
 * acceptedAt} is when satpage accepted it (its clock: what "stuck" is measured from); {@code
 * placedAt} is the shop's own order time, kept for the report. Version 1 entries (written before
 * version 2 existed) carried only the shop's time, as acceptedAt, and have no placedAt.
 */
public record PendingEntry(
    int schemaVersion,
    String bookId,
    String orderId,
    Instant acceptedAt,
    @AddedField Instant placedAt) {
  public static final int SCHEMA_VERSION = 2;

  public PendingEntry {
    Require.schemaVersion(schemaVersion, 1, SCHEMA_VERSION);
    Require.id(bookId, "bookId");
    Require.id(orderId, "orderId");
    Require.present(acceptedAt, "acceptedAt");
    placedAt = Require.since(2, schemaVersion, placedAt, "placedAt");
  }
}
