package dev.satpage.render.page;

import dev.satpage.model.book.Layer;

/**
 * Where an image of {@code w}×{@code h} goes on a page, following CSS {@code object-fit}: FIT shows all of it
 * (letterboxed), FILL stretches it to the page, CROP covers the page keeping its aspect ratio and cuts the overflow.
 */
record Placement(int x, int y, int width, int height) {
  static Placement of(Layer.Fit fit, int imageWidth, int imageHeight, int pageWidth, int pageHeight) {
    if (fit == Layer.Fit.FILL) {
      return new Placement(0, 0, pageWidth, pageHeight);
    }
    double sx = (double) pageWidth / imageWidth;
    double sy = (double) pageHeight / imageHeight;
    double scale = fit == Layer.Fit.FIT ? Math.min(sx, sy) : Math.max(sx, sy);
    int w = (int) Math.round(imageWidth * scale);
    int h = (int) Math.round(imageHeight * scale);
    return new Placement((pageWidth - w) / 2, (pageHeight - h) / 2, w, h);
  }
}
