package dev.satpage.render.design;

/**
 * A rectangle in millimetres on the page, origin at the trim's top-left corner, y growing
 * downwards.
 */
public record Box(double x, double y, double width, double height) {
  public double right() {
    return x + width;
  }

  public double bottom() {
    return y + height;
  }
}
