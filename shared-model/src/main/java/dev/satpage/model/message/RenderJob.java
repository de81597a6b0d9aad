package dev.satpage.model.message;

import dev.satpage.model.json.Require;
import java.time.Instant;

/**
 * Render a book whose dependencies are all resolved. Queue: {@code render-jobs}. {@code
 * idempotencyKey} is {@code bookId/v<version>}: the render worker's outputs are written create-once
 * under it.
 */
public record RenderJob(
    int schemaVersion,
    String idempotencyKey,
    String orderId,
    String bookId,
    int definitionVersion,
    String definitionUri,
    Instant dispatchedAt) {
  public static final int SCHEMA_VERSION = 1;

  public RenderJob {
    Require.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Require.text(idempotencyKey, "idempotencyKey", 300);
    Require.id(orderId, "orderId");
    Require.id(bookId, "bookId");
    Require.range(definitionVersion, 1, Integer.MAX_VALUE, "definitionVersion");
    Require.text(definitionUri, "definitionUri", 1024);
    Require.present(dispatchedAt, "dispatchedAt");
  }

  public static String idempotencyKey(String bookId, int definitionVersion) {
    return bookId + "/v" + definitionVersion;
  }
}
