package dev.satpage.render.print;

import dev.satpage.render.design.Margins;
import java.util.Locale;

/**
 * What one printhouse expects of a print file: bleed around the trim, a safety margin inside it
 * that text must keep clear of, the colour it accepts, the file name and the lowest effective image
 * resolution.
 *
 * @param id a short name, sent in {@code print-ready} (letters, digits, '.', '_', '-')
 * @param bleedMm picture area beyond the trim on every side, cut off by the printhouse (e.g. 3.18 =
 *     1/8 inch, or 4)
 * @param safetyMarginMm distance inside the trim that text and attribution keep clear of
 * @param colour the colour the printhouse takes; only {@link Colour#SRGB} is produced
 * @param fileName the PDF's name, with placeholders {@code {orderId}}, {@code {bookId}}, {@code
 *     {version}}, {@code {profile}}; must end in {@code .pdf}
 * @param minPpi the lowest effective resolution an image may be placed at; a lower one fails the
 *     book
 */
public record PrintProfile(
    String id, double bleedMm, double safetyMarginMm, Colour colour, String fileName, int minPpi) {
  /** What colour the printhouse accepts. */
  public enum Colour {
    /** RGB content with an sRGB output intent: produced. */
    SRGB,
    /**
     * CMYK PDF/X-4: NOT produced by this worker (no CMYK conversion); configuring it fails at
     * start-up.
     */
    CMYK_PDFX4
  }

  public static final String DEFAULT_ID = "srgb-3mm";

  /** 1/8 inch, the usual bleed of US printhouses. */
  public static final double DEFAULT_BLEED_MM = 3.18;

  public static final double DEFAULT_SAFETY_MARGIN_MM = 6.0;
  public static final Colour DEFAULT_COLOUR = Colour.SRGB;
  public static final String DEFAULT_FILE_NAME = "{orderId}_{bookId}_v{version}.pdf";
  public static final int DEFAULT_MIN_PPI = 300;
  public static final PrintProfile DEFAULT =
      new PrintProfile(
          DEFAULT_ID,
          DEFAULT_BLEED_MM,
          DEFAULT_SAFETY_MARGIN_MM,
          DEFAULT_COLOUR,
          DEFAULT_FILE_NAME,
          DEFAULT_MIN_PPI);

  public PrintProfile {
    if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new IllegalArgumentException(
          "print profile id '" + id + "' may only contain letters, digits, '.', '_' and '-'");
    }
    if (!(bleedMm >= 0 && bleedMm <= 20)) {
      throw new IllegalArgumentException(
          "print profile " + id + ": bleed-mm must be 0..20, was " + bleedMm);
    }
    if (!(safetyMarginMm >= 0 && safetyMarginMm <= 40)) {
      throw new IllegalArgumentException(
          "print profile " + id + ": safety-margin-mm must be 0..40, was " + safetyMarginMm);
    }
    if (colour != Colour.SRGB) {
      throw new IllegalArgumentException(
          "print profile "
              + id
              + ": colour "
              + colour
              + " is not produced; this worker writes RGB PDFs with an sRGB output intent");
    }
    if (minPpi < 72 || minPpi > 2400) {
      throw new IllegalArgumentException(
          "print profile " + id + ": min-ppi must be 72..2400, was " + minPpi);
    }
    String sample = fill(fileName, "order-1", "book-1", 1, id);
    if (!sample.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.pdf") || !fileName.contains("{bookId}")) {
      throw new IllegalArgumentException(
          "print profile "
              + id
              + ": file-name '"
              + fileName
              + "' must contain {bookId}, end in .pdf and use only letters, digits, '.', '_', '-'");
    }
  }

  /**
   * The bleed and safety margin the page design lays every page out with, in print and in preview.
   */
  public Margins margins() {
    return new Margins(bleedMm, safetyMarginMm);
  }

  /** The PDF's file name for one book version. */
  public String fileNameFor(String orderId, String bookId, int version) {
    return fill(fileName, orderId, bookId, version, id);
  }

  private static String fill(
      String pattern, String orderId, String bookId, int version, String profile) {
    if (pattern == null) {
      throw new IllegalArgumentException("print profile file-name is required");
    }
    return pattern
        .replace("{orderId}", orderId)
        .replace("{bookId}", bookId)
        .replace("{version}", String.format(Locale.ROOT, "%d", version))
        .replace("{profile}", profile);
  }
}
