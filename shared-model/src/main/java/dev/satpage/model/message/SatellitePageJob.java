package dev.satpage.model.message;

import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.json.Require;

/**
 * Make one satellite page. Queue: {@code satellite-page-jobs}. {@code jobId} is {@code bookId/dependencyId}, so a
 * republished order yields the same job again.
 */
public record SatellitePageJob(
    int schemaVersion, String jobId, String orderId, String bookId, String dependencyId, SatellitePageSpec spec) {
  public static final int SCHEMA_VERSION = 1;

  public SatellitePageJob {
    Require.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Require.text(jobId, "jobId", 300);
    Require.id(orderId, "orderId");
    Require.id(bookId, "bookId");
    Require.id(dependencyId, "dependencyId");
    Require.present(spec, "spec");
  }

  public static SatellitePageJob of(String orderId, String bookId, String dependencyId, SatellitePageSpec spec) {
    return new SatellitePageJob(SCHEMA_VERSION, jobId(bookId, dependencyId), orderId, bookId, dependencyId, spec);
  }

  public static String jobId(String bookId, String dependencyId) {
    return bookId + "/" + dependencyId;
  }
}
