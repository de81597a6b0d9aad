package dev.satpage.model.experiment;

import dev.satpage.model.json.Require;

/**
 * How alike the control's and the candidate's pages are at preview scale, after registering them
 * geographically (both resampled to the same ground rectangle and the same pixel grid).
 *
 * @param ssim mean structural similarity of the luma, in [-1, 1]; 1 when identical
 * @param psnrDb peak signal-to-noise ratio of the luma in dB; {@code null} when the images are
 *     identical (infinite)
 * @param width width in pixels of the grid both were compared on
 * @param height height in pixels of that grid
 */
public record Similarity(double ssim, Double psnrDb, int width, int height) {
  public Similarity {
    Require.range(ssim, -1, 1, "ssim");
    if (psnrDb != null) {
      Require.range(psnrDb, 0, Double.MAX_VALUE, "psnrDb");
    }
    Require.range(width, 1, 100_000, "width");
    Require.range(height, 1, 100_000, "height");
  }
}
