package dev.satpage.render.design;

import dev.satpage.model.book.Layer;

/**
 * Where a picture goes in a frame, following CSS {@code object-fit}: FIT shows all of it
 * (letterboxed), FILL stretches it to the frame, CROP covers the frame keeping its aspect ratio and
 * overflows it (the painter clips), centred.
 */
public final class Placement {
  private Placement() {}

  public static Box of(Layer.Fit fit, PixelSize picture, Box frame) {
    if (fit == Layer.Fit.FILL) {
      return frame;
    }
    double sx = frame.width() / picture.width();
    double sy = frame.height() / picture.height();
    double scale = fit == Layer.Fit.FIT ? Math.min(sx, sy) : Math.max(sx, sy);
    double w = picture.width() * scale;
    double h = picture.height() * scale;
    return new Box(frame.x() + (frame.width() - w) / 2, frame.y() + (frame.height() - h) / 2, w, h);
  }
}
