package dev.satpage.imagery.experiment;

/**
 * Lays two images of the ground on one pixel grid: the rectangle both frames show, sampled at the
 * coarser of the two images' resolutions there (never inventing detail), each image resampled onto
 * it bilinearly. Pure.
 *
 * @param first the first image on the common grid
 * @param second the second image on the same grid
 */
public record Registration(LumaPlane first, LumaPlane second) {
  /** Registers {@code a} (showing {@code frameA}) and {@code b} (showing {@code frameB}). */
  public static Registration of(LumaPlane a, GroundFrame frameA, LumaPlane b, GroundFrame frameB) {
    GroundFrame common =
        frameA
            .intersect(frameB)
            .orElseThrow(
                () -> new IllegalArgumentException("the pages show no common ground to compare"));
    // Pixels per world unit of each image; the grid takes the coarser.
    double scale = Math.min(a.width() / frameA.width(), b.width() / frameB.width());
    int width = Math.max(1, (int) Math.round(common.width() * scale));
    int height = Math.max(1, (int) Math.round(common.height() * scale));
    return new Registration(
        resample(a, frameA, common, width, height), resample(b, frameB, common, width, height));
  }

  private static LumaPlane resample(
      LumaPlane image, GroundFrame frame, GroundFrame common, int width, int height) {
    double[] out = new double[width * height];
    double sx = image.width() / frame.width();
    double sy = image.height() / frame.height();
    for (int gy = 0; gy < height; gy++) {
      double worldY = common.top() + (gy + 0.5) * common.height() / height;
      double y = (worldY - frame.top()) * sy - 0.5;
      for (int gx = 0; gx < width; gx++) {
        double worldX = common.left() + (gx + 0.5) * common.width() / width;
        out[gy * width + gx] = image.sample((worldX - frame.left()) * sx - 0.5, y);
      }
    }
    return new LumaPlane(width, height, out);
  }
}
