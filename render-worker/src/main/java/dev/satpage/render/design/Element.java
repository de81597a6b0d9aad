package dev.satpage.render.design;

/**
 * One thing a painter draws, positioned and sized in millimetres ({@link Box}'s space: origin at
 * the trim's top-left, y down). Painters draw elements in list order and only convert units: pixels
 * for the preview, points for the print.
 */
public sealed interface Element {
  /**
   * A vertical gradient from {@code top} at the box's top edge to {@code bottom} at its bottom edge
   * (flat if equal).
   */
  record Fill(Box box, Rgb top, Rgb bottom) implements Element {}

  /** A dependency's picture drawn into {@code box}, clipped to {@code clip}. */
  record Picture(String dependencyId, PixelSize pixels, Box box, Box clip) implements Element {}

  /** A template picture drawn into {@code box}. */
  record Art(String asset, PixelSize pixels, Box box) implements Element {}

  /** A rectangle of {@code colour} at constant {@code alpha} (0..1). */
  record Band(Box box, Rgb colour, double alpha) implements Element {}

  /**
   * A line of text at {@code size} (the em, in mm), starting at {@code x} on {@code baseline},
   * filled with {@code colour} at {@code alpha}; a {@code shadow} repeats the line after it for
   * legibility (not to be read twice).
   */
  record Line(
      String text, double size, double x, double baseline, Rgb colour, double alpha, boolean shadow)
      implements Element {}
}
