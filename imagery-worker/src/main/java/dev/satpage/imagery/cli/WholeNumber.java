package dev.satpage.imagery.cli;

/** The {@code stitch} command's whole-number options, each with its range. */
final class WholeNumber {
  private WholeNumber() {}

  /** ≥ 1: a width, a count. */
  static int positive(String value) {
    return within(value, 1, Integer.MAX_VALUE);
  }

  /** A JPEG quality, 1 to 100 (see {@link dev.satpage.imagery.codec.JpegCodec#encode}). */
  static int quality(String value) {
    return within(value, 1, 100);
  }

  private static int within(String value, int min, int max) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below, with the range
    }
    throw new IllegalArgumentException(
        "'"
            + value
            + "' is not a whole number"
            + (max == Integer.MAX_VALUE ? " ≥ " + min : " within " + min + ".." + max));
  }
}
