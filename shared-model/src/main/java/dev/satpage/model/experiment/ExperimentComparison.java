package dev.satpage.model.experiment;

import dev.satpage.model.json.Require;
import java.time.Instant;

/**
 * One comparison of an experiment: the control (the live imagery path, whose page is what the book
 * gets) and a candidate run beside it for the same job. Kept once per comparison at {@link
 * dev.satpage.model.storage.S3Layout#experimentComparison}; {@code ops experiment report} reads
 * them.
 *
 * @param similarity null when either arm failed (nothing to compare)
 * @param controlThumbnail S3 key of a small JPEG of the control's page (null when it failed)
 * @param candidateThumbnail S3 key of a small JPEG of the candidate's page (null when it failed)
 */
public record ExperimentComparison(
    int schemaVersion,
    String experiment,
    String comparisonId,
    String jobId,
    String bookId,
    String dependencyId,
    Instant comparedAt,
    ArmResult control,
    ArmResult candidate,
    Similarity similarity,
    String controlThumbnail,
    String candidateThumbnail) {
  public static final int SCHEMA_VERSION = 1;

  public ExperimentComparison {
    Require.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Require.id(experiment, "experiment");
    Require.id(comparisonId, "comparisonId");
    Require.text(jobId, "jobId", 300);
    Require.id(bookId, "bookId");
    Require.id(dependencyId, "dependencyId");
    Require.present(comparedAt, "comparedAt");
    Require.present(control, "control");
    Require.present(candidate, "candidate");
  }
}
