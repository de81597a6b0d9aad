package dev.satpage.imagery.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code stitch} command's whole-number options, each with its range. */
final class WholeNumber {
  private WholeNumber() {}

  /** ≥ 1: a width, a count. */
  static final class Positive implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return within(value, 1, Integer.MAX_VALUE);
    }
  }

  /** A JPEG quality, 1 to 100 (see {@link dev.satpage.imagery.codec.JpegCodec#encode}). */
  static final class Quality implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return within(value, 1, 100);
    }
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
    throw new TypeConversionException(
        "'"
            + value
            + "' is not a whole number"
            + (max == Integer.MAX_VALUE ? " ≥ " + min : " within " + min + ".." + max));
  }
}
