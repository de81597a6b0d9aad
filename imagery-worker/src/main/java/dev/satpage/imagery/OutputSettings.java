package dev.satpage.imagery;

/**
 * How pages are written: JPEG qualities (1–100), the JFIF density, whether a single provider image that is the whole
 * page becomes the print as delivered, and where the bytes go.
 *
 * @param printAsDelivered when the plan is one image covering the page exactly, store the provider's JPEG as the print
 *     (density set; no decode and re-encode of the page, so no generation loss and much less CPU) instead of
 *     re-encoding it at {@code printQuality}
 * @param uploads the writer of the output objects (with metadata); see {@link PageUploads}
 */
public record OutputSettings(
    int printQuality, int previewQuality, int densityPpi, boolean printAsDelivered, PageUploads uploads) {
  public static final int DEFAULT_PRINT_QUALITY = 90;
  public static final int DEFAULT_PREVIEW_QUALITY = 85;
  public static final int DEFAULT_DENSITY_PPI = 300;

  public OutputSettings {
    if (printQuality < 1 || printQuality > 100 || previewQuality < 1 || previewQuality > 100) {
      throw new IllegalArgumentException("JPEG qualities must be within 1..100: " + printQuality + ", " + previewQuality);
    }
    if (densityPpi < 1 || densityPpi > 65535) {
      throw new IllegalArgumentException("density must be within 1..65535 ppi: " + densityPpi);
    }
  }
}
