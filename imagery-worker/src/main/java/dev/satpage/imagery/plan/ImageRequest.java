package dev.satpage.imagery.plan;

/**
 * One provider image of a page: centred on ({@code latitude}, {@code longitude}) at {@code zoom}, {@code width} x
 * {@code height} pixels, drawn at ({@code offsetX}, {@code offsetY}) in the page.
 */
public record ImageRequest(
    double latitude, double longitude, int zoom, int width, int height, int offsetX, int offsetY) {
  public ImageRequest {
    if (width <= 0 || height <= 0 || offsetX < 0 || offsetY < 0) {
      throw new IllegalArgumentException(
          "bad image request " + width + "x" + height + " at " + offsetX + "," + offsetY);
    }
  }
}
