package dev.satpage.render.design;

/**
 * The printhouse's margins around and inside the trim, in millimetres: the picture bleeds {@code
 * bleedMm} beyond the trim on every side, text keeps {@code safetyMarginMm} inside it. The preview
 * shows the trim of the same page.
 */
public record Margins(double bleedMm, double safetyMarginMm) {
  public Margins {
    if (!(bleedMm >= 0) || !(safetyMarginMm >= 0)) {
      throw new IllegalArgumentException(
          "bleed and safety margin must be at least 0 mm, were "
              + bleedMm
              + " and "
              + safetyMarginMm);
    }
  }
}
