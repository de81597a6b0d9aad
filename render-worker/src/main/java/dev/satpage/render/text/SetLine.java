package dev.satpage.render.text;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * A line of text laid out by the {@link Typesetter}: shaped glyphs in visual order, measurable and
 * drawable at any size. The preview fills its outline on the page image, the print file writes the
 * same outline as PDF paths, so both show exactly the same glyphs in the same places.
 */
public final class SetLine {
  private final String text;
  private final TextLayout layout;
  private final Font[] fonts;

  SetLine(String text, TextLayout layout, Font[] fonts) {
    this.text = text;
    this.layout = layout;
    this.fonts = fonts;
  }

  public String text() {
    return text;
  }

  /** The line's width at {@code size} (the em size, in the caller's unit: pixels or points). */
  public float advance(float size) {
    return layout.getAdvance() * scale(size);
  }

  /** The greatest ascent of the line's fonts above the baseline at {@code size}. */
  public float ascent(float size) {
    return layout.getAscent() * scale(size);
  }

  /**
   * The greatest descent of the line's fonts below the baseline at {@code size}, as a positive
   * distance.
   */
  public float descent(float size) {
    return layout.getDescent() * scale(size);
  }

  /**
   * The glyph outlines at {@code size}, the line starting at {@code x} on {@code baseline}, y
   * growing downwards.
   */
  public Shape outline(float size, double x, double baseline) {
    AffineTransform at = AffineTransform.getTranslateInstance(x, baseline);
    at.scale(scale(size), scale(size));
    return layout.getOutline(at);
  }

  /**
   * The glyph outlines mapped by {@code transform}, which takes layout coordinates at {@code size}
   * (origin on the baseline at the line's start, y growing downwards) to the target's: the PDF
   * flips y with it.
   */
  public Shape outline(float size, AffineTransform transform) {
    AffineTransform at = new AffineTransform(transform);
    at.scale(scale(size), scale(size));
    return layout.getOutline(at);
  }

  /**
   * Where the {@code charIndex}-th char of the text lands, at {@code size} with the line starting
   * at x = 0.
   */
  public Rectangle2D charBox(int charIndex, float size) {
    Rectangle2D box = layout.getLogicalHighlightShape(charIndex, charIndex + 1).getBounds2D();
    float s = scale(size);
    return new Rectangle2D.Double(
        box.getX() * s, box.getY() * s, box.getWidth() * s, box.getHeight() * s);
  }

  /** Whether the {@code charIndex}-th char is set right to left (its bidi level is odd). */
  public boolean isRightToLeft(int charIndex) {
    return (layout.getCharacterLevel(charIndex) & 1) == 1;
  }

  /** The PostScript name of the font the {@code charIndex}-th char is set in. */
  public String fontName(int charIndex) {
    return fonts[charIndex].getPSName();
  }

  private static float scale(float size) {
    return size / Typesetter.REFERENCE_SIZE;
  }
}
