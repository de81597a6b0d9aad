package dev.satpage.model.message;

import dev.satpage.model.json.Require;
import java.time.Instant;

/** A satellite page exists in S3 (print JPEG and preview). Queue: {@code imagery-completed}. */
public record ImageryCompleted(
    int schemaVersion,
    String jobId,
    String orderId,
    String bookId,
    String dependencyId,
    String printUri,
    String previewUri,
    int widthPx,
    int heightPx,
    String provider,
    String attribution,
    Instant completedAt) {
  public static final int SCHEMA_VERSION = 1;

  public ImageryCompleted {
    Require.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Require.text(jobId, "jobId", 300);
    Require.id(orderId, "orderId");
    Require.id(bookId, "bookId");
    Require.id(dependencyId, "dependencyId");
    Require.text(printUri, "printUri", 1024);
    Require.text(previewUri, "previewUri", 1024);
    Require.range(widthPx, 1, 65535, "widthPx");
    Require.range(heightPx, 1, 65535, "heightPx");
    Require.text(provider, "provider", 64);
    Require.text(attribution, "attribution", 300);
    Require.present(completedAt, "completedAt");
  }
}
