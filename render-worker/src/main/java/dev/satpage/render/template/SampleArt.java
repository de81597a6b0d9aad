package dev.satpage.render.template;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The sample template's art, drawn in code so the repository carries no binary art of unclear
 * licence: a compass rose on a transparent background.
 */
final class SampleArt {
  /** 720 px: at the sample's 40.6 mm width that is 450 ppi, comfortably above print's 300. */
  static final int COMPASS_SIDE = 720;

  private SampleArt() {}

  static byte[] compassPng(int side) {
    BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      int c = side / 2;
      g.setColor(new Color(0x1d3557));
      g.setStroke(new BasicStroke(side / 60f));
      g.drawOval(side / 10, side / 10, side * 8 / 10, side * 8 / 10);
      for (int i = 0; i < 8; i++) {
        double angle = Math.PI / 4 * i;
        int length = i % 2 == 0 ? side * 46 / 100 : side * 28 / 100;
        int half = side / 14;
        Polygon point = new Polygon();
        point.addPoint(c + (int) (Math.sin(angle) * length), c - (int) (Math.cos(angle) * length));
        point.addPoint(
            c + (int) (Math.sin(angle + Math.PI / 2) * half),
            c - (int) (Math.cos(angle + Math.PI / 2) * half));
        point.addPoint(
            c + (int) (Math.sin(angle - Math.PI / 2) * half),
            c - (int) (Math.cos(angle - Math.PI / 2) * half));
        g.setColor(
            i == 0 ? new Color(0xe63946) : i % 2 == 0 ? new Color(0x1d3557) : new Color(0x457b9d));
        g.fillPolygon(point);
      }
      g.setColor(new Color(0xf1faee));
      g.fillOval(c - side / 30, c - side / 30, side / 15, side / 15);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
