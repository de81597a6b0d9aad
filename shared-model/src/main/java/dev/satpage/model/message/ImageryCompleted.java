package dev.satpage.model.message;

import dev.satpage.model.json.AddedField;
import dev.satpage.model.json.Require;
import java.time.Instant;

/**
 * A satellite page exists in S3 (print JPEG and preview). Queue: {@code imagery-completed}. Version
 * 2 added {@code definitionVersion}, copied from the job; a version 1 completion (the answer to a
 * version 1 job) is still read, with {@code definitionVersion} null: unknown.
 */
public record ImageryCompleted(
    int schemaVersion,
    String jobId,
    String orderId,
    String bookId,
    @AddedField Integer definitionVersion,
    String dependencyId,
    String printUri,
    String previewUri,
    int widthPx,
    int heightPx,
    String provider,
    String attribution,
    Instant completedAt) {
  public static final int SCHEMA_VERSION = 2;

  /** The oldest version readers still accept (version 1 had no {@code definitionVersion}). */
  public static final int OLDEST_SCHEMA_VERSION = 1;

  public ImageryCompleted {
    Require.schemaVersion(schemaVersion, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION);
    Require.text(jobId, "jobId", 300);
    Require.id(orderId, "orderId");
    Require.id(bookId, "bookId");
    definitionVersion =
        Require.since(
            2, schemaVersion, definitionVersion, "definitionVersion", 1, Integer.MAX_VALUE);
    Require.id(dependencyId, "dependencyId");
    Require.text(printUri, "printUri", 1024);
    Require.text(previewUri, "previewUri", 1024);
    Require.range(widthPx, 1, 65535, "widthPx");
    Require.range(heightPx, 1, 65535, "heightPx");
    Require.text(provider, "provider", 64);
    Require.text(attribution, "attribution", 300);
    Require.present(completedAt, "completedAt");
  }

  /**
   * The completion of {@code job}, with its ids and Definition File version: version 2, or version
   * 1 for a version 1 job, which has no version to copy (its reader then falls back on the stored
   * Definition File's).
   */
  public static ImageryCompleted of(
      SatellitePageJob job,
      String printUri,
      String previewUri,
      int widthPx,
      int heightPx,
      String provider,
      String attribution,
      Instant completedAt) {
    return new ImageryCompleted(
        job.definitionVersion() == null ? OLDEST_SCHEMA_VERSION : SCHEMA_VERSION,
        job.jobId(),
        job.orderId(),
        job.bookId(),
        job.definitionVersion(),
        job.dependencyId(),
        printUri,
        previewUri,
        widthPx,
        heightPx,
        provider,
        attribution,
        completedAt);
  }
}
