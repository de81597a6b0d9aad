package dev.satpage.render.page;

import dev.satpage.render.design.Box;
import dev.satpage.render.design.Element;
import dev.satpage.render.design.Rgb;
import dev.satpage.render.text.SetLines;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.image.BufferedImage;

/**
 * Draws the {@link Element}s of one page onto a Java2D canvas that shows the trim, {@code scale}
 * pixels per millimetre: converts units and draws, nothing else. Text is filled as the outlines of
 * the lines the design measured.
 */
final class PreviewPainter {
  private final Graphics2D g;
  private final double scale;
  private final SetLines lines;
  private final DecodedPictures pictures;

  PreviewPainter(Graphics2D g, double scale, SetLines lines, DecodedPictures pictures) {
    this.g = g;
    this.scale = scale;
    this.lines = lines;
    this.pictures = pictures;
  }

  void draw(Element element) {
    switch (element) {
      case Element.Fill f -> {
        g.setPaint(
            new GradientPaint(
                0,
                (float) px(f.box().y()),
                colour(f.top(), 1),
                0,
                (float) px(f.box().bottom()),
                colour(f.bottom(), 1)));
        g.fill(pixels(f.box()));
      }
      case Element.Picture p -> {
        Shape clip = g.getClip();
        g.clip(pixels(p.clip()));
        image(pictures.dependencyPicture(p.dependencyId()), p.box());
        g.setClip(clip);
      }
      case Element.Art a -> image(pictures.artPicture(a.asset()), a.box());
      case Element.Band b -> {
        Composite saved = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) b.alpha()));
        g.setColor(colour(b.colour(), 1));
        g.fill(pixels(b.box()));
        g.setComposite(saved);
      }
      case Element.Line l -> {
        g.setColor(colour(l.colour(), l.alpha()));
        g.fill(
            lines.line(l.text()).outline((float) (l.size() * scale), px(l.x()), px(l.baseline())));
      }
    }
  }

  /** A picture on whole pixels: its edges rounded, so two pictures that meet leave no seam. */
  private void image(BufferedImage image, Box box) {
    int x = (int) Math.round(px(box.x()));
    int y = (int) Math.round(px(box.y()));
    g.drawImage(
        image,
        x,
        y,
        (int) Math.round(px(box.right())) - x,
        (int) Math.round(px(box.bottom())) - y,
        null);
  }

  /** A box on whole pixels, its edges rounded like a picture's. */
  private Rectangle pixels(Box box) {
    int x = (int) Math.round(px(box.x()));
    int y = (int) Math.round(px(box.y()));
    return new Rectangle(
        x, y, (int) Math.round(px(box.right())) - x, (int) Math.round(px(box.bottom())) - y);
  }

  private double px(double mm) {
    return mm * scale;
  }

  private static Color colour(Rgb rgb, double alpha) {
    return new Color(rgb.red(), rgb.green(), rgb.blue(), (int) Math.round(alpha * 255));
  }
}
