package dev.satpage.model.message;

import dev.satpage.model.json.Require;
import java.time.Instant;

/** A satellite page could not be made and will not be retried. Queue: {@code imagery-failed}. */
public record ImageryFailed(
    int schemaVersion,
    String jobId,
    String orderId,
    String bookId,
    String dependencyId,
    String reason,
    Instant failedAt) {
  public static final int SCHEMA_VERSION = 1;

  public ImageryFailed {
    Require.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Require.text(jobId, "jobId", 300);
    Require.id(orderId, "orderId");
    Require.id(bookId, "bookId");
    Require.id(dependencyId, "dependencyId");
    Require.text(reason, "reason", 1000);
    Require.present(failedAt, "failedAt");
  }
}
