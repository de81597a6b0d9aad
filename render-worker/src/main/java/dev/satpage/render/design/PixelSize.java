package dev.satpage.render.design;

/** The size of a picture in pixels. */
public record PixelSize(int width, int height) {
  public PixelSize {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "a picture needs a positive size, was " + width + "×" + height);
    }
  }
}
