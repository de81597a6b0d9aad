package dev.satpage.model.message;

import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.json.Require;
import java.time.Instant;

/**
 * A print-ready PDF of a book exists in S3. Queue: {@code printhouse-delivery}, consumed by the
 * printhouse delivery pipeline. Emitted once per (book, Definition File version); {@code
 * idempotencyKey} lets a consumer drop a duplicate.
 *
 * @param pdfUri {@code s3://bucket/key} of the PDF
 * @param sha256 lowercase hex SHA-256 of the PDF bytes
 * @param trimWidthMm trim (finished page) width in millimetres, without bleed
 * @param trimHeightMm trim height in millimetres, without bleed
 * @param bleedMm bleed added on each side of the trim box
 * @param profile the printhouse profile the PDF was made for
 */
public record PrintReady(
    int schemaVersion,
    String idempotencyKey,
    String orderId,
    String bookId,
    String pdfUri,
    String sha256,
    int pageCount,
    double trimWidthMm,
    double trimHeightMm,
    double bleedMm,
    String profile,
    Instant renderedAt) {
  public static final int SCHEMA_VERSION = 1;

  public PrintReady {
    Require.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Require.text(idempotencyKey, "idempotencyKey", 300);
    Require.id(orderId, "orderId");
    Require.id(bookId, "bookId");
    Require.text(pdfUri, "pdfUri", 1024);
    if (!pdfUri.startsWith("s3://")) {
      throw new MessageFormatException("pdfUri", "'" + pdfUri + "' is not an s3:// URI");
    }
    Require.present(sha256, "sha256");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new MessageFormatException("sha256", "must be 64 lowercase hex characters");
    }
    Require.range(pageCount, 1, 1000, "pageCount");
    Require.range(trimWidthMm, 10.0, 2000.0, "trimWidthMm");
    Require.range(trimHeightMm, 10.0, 2000.0, "trimHeightMm");
    Require.range(bleedMm, 0.0, 20.0, "bleedMm");
    Require.id(profile, "profile");
    Require.present(renderedAt, "renderedAt");
  }
}
