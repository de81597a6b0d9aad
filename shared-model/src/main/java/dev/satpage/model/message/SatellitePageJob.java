package dev.satpage.model.message;

import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.json.AddedField;
import dev.satpage.model.json.Require;

/**
 * Make one satellite page of version {@code definitionVersion} of a book's Definition File. Queue:
 * {@code satellite-page-jobs}. {@code jobId} is {@code bookId/dependencyId}, so a republished order
 * yields the same job again. Version 2 added {@code definitionVersion}; a version 1 job (written
 * before) is still read, with {@code definitionVersion} null: unknown.
 */
public record SatellitePageJob(
    int schemaVersion,
    String jobId,
    String orderId,
    String bookId,
    @AddedField Integer definitionVersion,
    String dependencyId,
    SatellitePageSpec spec) {
  public static final int SCHEMA_VERSION = 2;

  /** The oldest version readers still accept (version 1 had no {@code definitionVersion}). */
  public static final int OLDEST_SCHEMA_VERSION = 1;

  public SatellitePageJob {
    Require.schemaVersion(schemaVersion, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION);
    Require.text(jobId, "jobId", 300);
    Require.id(orderId, "orderId");
    Require.id(bookId, "bookId");
    definitionVersion =
        Require.since(
            2, schemaVersion, definitionVersion, "definitionVersion", 1, Integer.MAX_VALUE);
    Require.id(dependencyId, "dependencyId");
    Require.present(spec, "spec");
  }

  public static SatellitePageJob of(
      String orderId,
      String bookId,
      int definitionVersion,
      String dependencyId,
      SatellitePageSpec spec) {
    return new SatellitePageJob(
        SCHEMA_VERSION,
        jobId(bookId, dependencyId),
        orderId,
        bookId,
        definitionVersion,
        dependencyId,
        spec);
  }

  public static String jobId(String bookId, String dependencyId) {
    return bookId + "/" + dependencyId;
  }
}
