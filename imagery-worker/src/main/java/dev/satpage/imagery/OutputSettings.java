package dev.satpage.imagery;

import dev.satpage.model.port.WriteOptions;

/**
 * How pages are written: JPEG qualities (1–100), the JFIF density, and where the bytes go. Every
 * print is the stitched page encoded once: no provider delivers a whole 4000 x 3000 page in one
 * image (Azure's static images stop at 2000 x 1500), so there is no provider JPEG to keep as it is.
 *
 * @param encryption the server-side encryption of the outputs (each is also written with a SHA-256
 *     checksum S3 verifies)
 */
public record OutputSettings(
    int printQuality, int previewQuality, int densityPpi, WriteOptions.Encryption encryption) {
  public static final int DEFAULT_PRINT_QUALITY = 90;
  public static final int DEFAULT_PREVIEW_QUALITY = 85;
  public static final int DEFAULT_DENSITY_PPI = 300;

  public OutputSettings {
    if (printQuality < 1 || printQuality > 100 || previewQuality < 1 || previewQuality > 100) {
      throw new IllegalArgumentException(
          "JPEG qualities must be within 1..100: " + printQuality + ", " + previewQuality);
    }
    if (densityPpi < 1 || densityPpi > 65535) {
      throw new IllegalArgumentException("density must be within 1..65535 ppi: " + densityPpi);
    }
    if (encryption == null) {
      throw new IllegalArgumentException(
          "encryption is required (BUCKET_DEFAULT for the bucket's own)");
    }
  }
}
