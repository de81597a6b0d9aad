package dev.satpage.render.page;

import dev.satpage.model.book.Layer;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Draws the layers of one page onto a Java2D canvas of {@code width}×{@code height}. */
final class LayerPainter {
  /** Background of pages without a picture: warm paper fading into a pale sky. */
  static final Color PAPER = new Color(0xFFF6E5);

  static final Color SKY = new Color(0xDCEBF7);
  private static final double ATTRIBUTION_BAND = 0.045;
  private static final double ATTRIBUTION_TEXT = 0.022;
  private static final double MARGIN = 0.06;

  private final Graphics2D g;
  private final int width;
  private final int height;

  LayerPainter(Graphics2D g, int width, int height) {
    this.g = g;
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
    float size = (float) (text.relativeSize() * height);
    Font font = Fonts.of(size);
    FontMetrics fm = g.getFontMetrics(font);
    int maxWidth = (int) (width * (1 - 2 * MARGIN));
    if (fm.stringWidth(text.text()) > maxWidth) {
      font = Fonts.of(size * maxWidth / fm.stringWidth(text.text()));
      fm = g.getFontMetrics(font);
    }
    int x = (width - fm.stringWidth(text.text())) / 2;
    int baseline = (int) Math.round(text.relativeY() * height + (fm.getAscent() - fm.getDescent()) / 2.0);
    Color colour = Color.decode(text.colour());
    g.setFont(font);
    // A soft shadow in the opposite tone keeps the text legible on pictures as well as on paper.
    int offset = Math.max(1, Math.round(font.getSize2D() / 30));
    g.setColor(luminance(colour) > 0.5 ? new Color(0, 0, 0, 90) : new Color(255, 255, 255, 150));
    g.drawString(text.text(), x + offset, baseline + offset);
    g.setColor(colour);
    g.drawString(text.text(), x, baseline);
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
    Font font = Fonts.of((float) (ATTRIBUTION_TEXT * height));
    FontMetrics fm = g.getFontMetrics(font);
    g.setFont(font);
    g.setColor(Color.WHITE);
    int baseline = height - band + (band + fm.getAscent() - fm.getDescent()) / 2;
    g.drawString(attribution, (int) (band * 0.4), baseline);
  }

  private static double luminance(Color c) {
    return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
  }
}
