package dev.satpage.imagery.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The page's layout: {@code columns} x {@code rows} images, each at least 1. */
record Grid(int columns, int rows) {
  Grid {
    if (columns < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "a grid has at least one column and one row: " + columns + "x" + rows);
    }
  }

  /** Reads {@code CxR}, e.g. {@code 2x2} (or {@code 2X2}). */
  static final class Converter implements ITypeConverter<Grid> {
    @Override
    public Grid convert(String value) {
      String[] cr = value.toLowerCase(Locale.ROOT).split("x", -1);
      if (cr.length == 2) {
        try {
          return new Grid(Integer.parseInt(cr[0]), Integer.parseInt(cr[1]));
        } catch (IllegalArgumentException e) {
          // refused below (NumberFormatException is one)
        }
      }
      throw new TypeConversionException(
          "must be CxR with C and R ≥ 1, e.g. 2x2, got '" + value + "'");
    }
  }
}
