package dev.satpage.render.design;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.render.template.BookTemplate;

/**
 * The boxes of one page in millimetres, origin at the trim's top-left, y down: the media box is the
 * trim plus bleed on every side (it starts at {@code -bleed}); the trim is the finished page; the
 * safe box is the trim less the safety margin, where text stays.
 */
public record Sheet(double trimWidthMm, double trimHeightMm, Margins margins) {
  public Sheet {
    if (!(trimWidthMm > 0 && trimHeightMm > 0)) {
      throw new IllegalArgumentException(
          "a page needs a positive size, was " + trimWidthMm + " × " + trimHeightMm + " mm");
    }
    if (2 * margins.safetyMarginMm() >= Math.min(trimWidthMm, trimHeightMm)) {
      throw new IllegalArgumentException(
          "a safety margin of "
              + margins.safetyMarginMm()
              + " mm leaves no room on a "
              + trimWidthMm
              + " × "
              + trimHeightMm
              + " mm page");
    }
  }

  /**
   * The sheet of a product's pages under the printhouse's margins.
   *
   * @throws PermanentFailure {@code invalid-template} if the margins leave no room on the
   *     template's trim
   */
  public static Sheet of(BookTemplate template, Margins margins) {
    try {
      return new Sheet(template.trimWidthMm(), template.trimHeightMm(), margins);
    } catch (IllegalArgumentException e) {
      throw new PermanentFailure(
          FailureReason.INVALID_TEMPLATE,
          "product " + template.productId() + ": " + e.getMessage(),
          e);
    }
  }

  public double bleedMm() {
    return margins.bleedMm();
  }

  public Box media() {
    double bleed = margins.bleedMm();
    return new Box(-bleed, -bleed, trimWidthMm + 2 * bleed, trimHeightMm + 2 * bleed);
  }

  public Box trim() {
    return new Box(0, 0, trimWidthMm, trimHeightMm);
  }

  public Box safe() {
    double m = margins.safetyMarginMm();
    return new Box(m, m, trimWidthMm - 2 * m, trimHeightMm - 2 * m);
  }
}
