package dev.satpage.render.text;

import dev.satpage.render.design.LineMetrics;
import dev.satpage.render.design.TextMeasure;
import java.util.HashMap;
import java.util.Map;

/**
 * The lines of one page, each set once by the book's {@link Typesetter}: measured for the page
 * design, then drawn by a painter as the same {@link SetLine}. Not thread-safe: one per page being
 * painted.
 */
public final class SetLines implements TextMeasure {
  private final Typesetter typesetter;
  private final Map<String, SetLine> lines = new HashMap<>();

  public SetLines(Typesetter typesetter) {
    this.typesetter = typesetter;
  }

  /** {@code text} set as one line (the one {@link #measure} measured). */
  public SetLine line(String text) {
    return lines.computeIfAbsent(text, typesetter::set);
  }

  @Override
  public LineMetrics measure(String text) {
    SetLine line = line(text);
    return new LineMetrics(line.advance(1), line.ascent(1), line.descent(1));
  }

  @Override
  public boolean rightToLeft() {
    return typesetter.direction() == TextDirection.RTL;
  }
}
