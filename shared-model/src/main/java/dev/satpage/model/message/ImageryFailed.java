package dev.satpage.model.message;

import dev.satpage.model.json.AddedField;
import dev.satpage.model.json.Require;
import java.time.Instant;

/**
 * A satellite page could not be made and will not be retried. Queue: {@code imagery-failed}.
 * Version 2 added {@code definitionVersion}, copied from the job (the failure marker is kept per
 * version); a version 1 failure (the answer to a version 1 job) is still read, with {@code
 * definitionVersion} null: unknown.
 */
public record ImageryFailed(
    int schemaVersion,
    String jobId,
    String orderId,
    String bookId,
    @AddedField Integer definitionVersion,
    String dependencyId,
    String reason,
    Instant failedAt) {
  public static final int SCHEMA_VERSION = 2;

  /** The oldest version readers still accept (version 1 had no {@code definitionVersion}). */
  public static final int OLDEST_SCHEMA_VERSION = 1;

  public ImageryFailed {
    Require.schemaVersion(schemaVersion, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION);
    Require.text(jobId, "jobId", 300);
    Require.id(orderId, "orderId");
    Require.id(bookId, "bookId");
    definitionVersion =
        Require.since(
            2, schemaVersion, definitionVersion, "definitionVersion", 1, Integer.MAX_VALUE);
    Require.id(dependencyId, "dependencyId");
    Require.text(reason, "reason", 1000);
    Require.present(failedAt, "failedAt");
  }

  /**
   * The failure of {@code job}, as {@link ImageryCompleted#of} answers it: version 2, or 1 for a
   * version 1 job.
   */
  public static ImageryFailed of(SatellitePageJob job, String reason, Instant failedAt) {
    return new ImageryFailed(
        job.definitionVersion() == null ? OLDEST_SCHEMA_VERSION : SCHEMA_VERSION,
        job.jobId(),
        job.orderId(),
        job.bookId(),
        job.definitionVersion(),
        job.dependencyId(),
        reason,
        failedAt);
  }
}
