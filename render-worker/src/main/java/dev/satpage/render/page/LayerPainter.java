package dev.satpage.render.page;

import dev.satpage.model.book.Layer;
import dev.satpage.render.text.SetLine;
import dev.satpage.render.text.TextDirection;
import dev.satpage.render.text.Typesetter;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Draws the layers of one page onto a Java2D canvas of {@code width}×{@code height}; text is set by the book's
 * {@link Typesetter} and filled as the same outlines the print file writes.
 */
final class LayerPainter {
  /** Background of pages without a picture: warm paper fading into a pale sky. */
  static final Color PAPER = new Color(0xFFF6E5);

  static final Color SKY = new Color(0xDCEBF7);
  private static final double ATTRIBUTION_BAND = 0.045;
  private static final double ATTRIBUTION_TEXT = 0.022;
  private static final double MARGIN = 0.06;

  private final Graphics2D g;
  private final Typesetter typesetter;
  private final int width;
  private final int height;

  LayerPainter(Graphics2D g, Typesetter typesetter, int width, int height) {
    this.g = g;
    this.typesetter = typesetter;
    this.width = width;
    this.height = height;
  }

  void background(boolean hasPicture) {
    if (hasPicture) {
      g.setColor(PAPER);
    } else {
      g.setPaint(new GradientPaint(0, 0, PAPER, 0, height, SKY));
    }
    g.fillRect(0, 0, width, height);
  }

  void image(Layer.Fit fit, BufferedImage image) {
    Placement p = Placement.of(fit, image.getWidth(), image.getHeight(), width, height);
    g.drawImage(image, p.x(), p.y(), p.width(), p.height(), null);
  }

  /** Template art, its box relative to the page; the height follows the picture's aspect ratio. */
  void art(PageArt art, BufferedImage image) {
    int w = (int) Math.round(art.width() * width);
    int h = (int) Math.round((double) w * image.getHeight() / image.getWidth());
    g.drawImage(image, (int) Math.round(art.x() * width), (int) Math.round(art.y() * height), w, h, null);
  }

  /** Text centred horizontally with its visual middle at {@code relativeY}; shrunk to fit within the margins. */
  void text(Layer.Text text) {
    SetLine line = typesetter.set(text.text());
    float size = (float) (text.relativeSize() * height);
    float maxWidth = (float) (width * (1 - 2 * MARGIN));
    size = Math.min(size, maxWidth / line.advance(1));
    float x = (width - line.advance(size)) / 2;
    float baseline = (float) (text.relativeY() * height + (line.ascent(size) - line.descent(size)) / 2);
    Color colour = Color.decode(text.colour());
    // A soft shadow in the opposite tone keeps the text legible on pictures as well as on paper.
    float offset = Math.max(1, Math.round(size / 30));
    g.setColor(luminance(colour) > 0.5 ? new Color(0, 0, 0, 90) : new Color(255, 255, 255, 150));
    g.fill(line.outline(size, x + offset, baseline + offset));
    g.setColor(colour);
    g.fill(line.outline(size, x, baseline));
  }

  /** The provider's attribution, small and white on a translucent band along the bottom edge. */
  void attribution(String attribution) {
    if (attribution == null || attribution.isBlank()) {
      return;
    }
    int band = (int) Math.ceil(ATTRIBUTION_BAND * height);
    var saved = g.getComposite();
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.45f));
    g.setColor(Color.BLACK);
    g.fillRect(0, height - band, width, band);
    g.setComposite(saved);
    SetLine line = typesetter.set(attribution);
    float size = (float) (ATTRIBUTION_TEXT * height);
    size = Math.min(size, (float) (width - 0.8 * band) / line.advance(1));
    float baseline = height - band + (band + line.ascent(size) - line.descent(size)) / 2;
    // From the left edge in a left-to-right book, from the right edge in a right-to-left one.
    float x = typesetter.direction() == TextDirection.RTL ? (float) (width - band * 0.4 - line.advance(size)) : (float) (band * 0.4);
    g.setColor(Color.WHITE);
    g.fill(line.outline(size, x, baseline));
  }

  private static double luminance(Color c) {
    return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
  }
}
