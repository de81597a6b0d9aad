package dev.satpage.e2e.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value rules the e2e commands ({@code demo}, {@code load}, {@code soak}, {@code chaos}) share,
 * each written once as a picocli converter. picocli reports a refusal as {@code Invalid value for
 * option '--x': <message>} and exits 2. Each converter converts one value; a comma list ({@code
 * split = ","}) is converted element by element.
 */
public final class Converters {
  /** The most imagery workers (each its own JVM) a load or soak run starts. */
  public static final int MAX_IMAGERY_WORKERS = 8;

  private Converters() {}

  /** A whole number ≥ 1. */
  public static final class PositiveInt implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return wholeNumber(value, 1, Integer.MAX_VALUE);
    }
  }

  /** A whole number ≥ 0. */
  public static final class NonNegativeInt implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return wholeNumber(value, 0, Integer.MAX_VALUE);
    }
  }

  /** An imagery-worker count, 1 to {@link #MAX_IMAGERY_WORKERS}. */
  public static final class WorkerCount implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return wholeNumber(value, 1, MAX_IMAGERY_WORKERS);
    }
  }

  /** A number > 0 (a rate in books a second). */
  public static final class PositiveDecimal implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      return positiveDecimal(value);
    }
  }

  /** Whole seconds ≥ 1, as a duration. */
  public static final class Seconds implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return Duration.ofSeconds(wholeNumber(value, 1, Integer.MAX_VALUE));
    }
  }

  /** Minutes, fractions allowed ({@code 6.5}), rounded to the second; at least one second. */
  public static final class Minutes implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      long seconds = Math.round(positiveDecimal(value) * 60);
      if (seconds < 1) {
        throw new TypeConversionException("'" + value + "' minutes is less than a second");
      }
      return Duration.ofSeconds(seconds);
    }
  }

  static int wholeNumber(String value, int min, int max) {
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

  static double positiveDecimal(String value) {
    try {
      double d = Double.parseDouble(value.trim());
      if (d > 0 && Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new TypeConversionException("'" + value + "' is not a number > 0");
  }
}
