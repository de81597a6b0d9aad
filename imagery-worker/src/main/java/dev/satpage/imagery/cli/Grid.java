package dev.satpage.imagery.cli;

import java.util.Locale;

/** The page's layout: {@code columns} x {@code rows} images, each at least 1. */
record Grid(int columns, int rows) {
  Grid {
    if (columns < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "a grid has at least one column and one row: " + columns + "x" + rows);
    }
  }

  /** Reads {@code CxR}, e.g. {@code 2x2} (or {@code 2X2}); refuses anything else, naming it. */
  static Grid parse(String value) {
    String[] cr = value.toLowerCase(Locale.ROOT).split("x", -1);
    if (cr.length == 2) {
      try {
        return new Grid(Integer.parseInt(cr[0]), Integer.parseInt(cr[1]));
      } catch (IllegalArgumentException e) {
        // refused below (NumberFormatException is one)
      }
    }
    throw new IllegalArgumentException(
        "must be CxR with C and R ≥ 1, e.g. 2x2, got '" + value + "'");
  }
}
