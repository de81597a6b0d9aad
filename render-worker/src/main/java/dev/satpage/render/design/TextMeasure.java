package dev.satpage.render.design;

/** How the book's text measures: the typesetter, seen by the design without its fonts. */
public interface TextMeasure {
  /** {@code text} laid out as one line. */
  LineMetrics measure(String text);

  /**
   * Whether the book's paragraphs run right to left (the attribution then starts at the right
   * edge).
   */
  boolean rightToLeft();
}
