package dev.satpage.render.app;

import dev.satpage.render.print.PrintProfile;

/**
 * {@code satpage.render.print.*}: the printhouse profile print PDFs are made for. Unset values take
 * the {@link PrintProfile#DEFAULT} ones (3.18 mm bleed, 6 mm safety margin, sRGB).
 *
 * @param profile the profile's id, sent in {@code print-ready}
 * @param colour only {@code SRGB} is produced; {@code CMYK_PDFX4} is refused at start-up
 */
public record PrintProperties(
    String profile,
    Double bleedMm,
    Double safetyMarginMm,
    PrintProfile.Colour colour,
    String fileName,
    Integer minPpi) {
  public static final PrintProperties DEFAULTS =
      new PrintProperties(null, null, null, null, null, null);

  public PrintProperties {
    profile = profile == null ? PrintProfile.DEFAULT_ID : profile;
    bleedMm = bleedMm == null ? PrintProfile.DEFAULT_BLEED_MM : bleedMm;
    safetyMarginMm =
        safetyMarginMm == null ? PrintProfile.DEFAULT_SAFETY_MARGIN_MM : safetyMarginMm;
    colour = colour == null ? PrintProfile.DEFAULT_COLOUR : colour;
    fileName = fileName == null ? PrintProfile.DEFAULT_FILE_NAME : fileName;
    minPpi = minPpi == null ? PrintProfile.DEFAULT_MIN_PPI : minPpi;
    printProfileOf(
        profile,
        bleedMm,
        safetyMarginMm,
        colour,
        fileName,
        minPpi); // validates, naming the bad value
  }

  public PrintProfile printProfile() {
    return printProfileOf(profile, bleedMm, safetyMarginMm, colour, fileName, minPpi);
  }

  private static PrintProfile printProfileOf(
      String id,
      double bleedMm,
      double safetyMarginMm,
      PrintProfile.Colour colour,
      String fileName,
      int minPpi) {
    try {
      return new PrintProfile(id, bleedMm, safetyMarginMm, colour, fileName, minPpi);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("satpage.render.print: " + e.getMessage(), e);
    }
  }
}
