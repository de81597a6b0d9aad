package dev.satpage.render.print;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The boxes of a print page in PDF points (1/72 inch), origin bottom-left: the media box is the trim plus bleed on every
 * side and equals the bleed box; the trim box is the finished page; the safe box is the trim less the safety margin.
 */
record PrintGeometry(double trimWidthMm, double trimHeightMm, double bleedMm, double safetyMarginMm) {
  static final double POINTS_PER_MM = 72 / 25.4;

  PrintGeometry {
    if (2 * safetyMarginMm >= Math.min(trimWidthMm, trimHeightMm)) {
      throw new IllegalArgumentException(
          "a safety margin of " + safetyMarginMm + " mm leaves no room on a " + trimWidthMm + " × " + trimHeightMm + " mm page");
    }
  }

  static float pt(double mm) {
    return (float) (mm * POINTS_PER_MM);
  }

  PDRectangle media() {
    return new PDRectangle(pt(trimWidthMm + 2 * bleedMm), pt(trimHeightMm + 2 * bleedMm));
  }

  PDRectangle trim() {
    return new PDRectangle(pt(bleedMm), pt(bleedMm), pt(trimWidthMm), pt(trimHeightMm));
  }

  PDRectangle safe() {
    return new PDRectangle(
        pt(bleedMm + safetyMarginMm),
        pt(bleedMm + safetyMarginMm),
        pt(trimWidthMm - 2 * safetyMarginMm),
        pt(trimHeightMm - 2 * safetyMarginMm));
  }
}
