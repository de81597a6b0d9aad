package dev.satpage.imagery.plan;

/**
 * A static-map image: centred on ({@code latitude}, {@code longitude}) at {@code zoom} (the
 * provider API's own zoom number, see {@link CentredGridPlanner.Limits#zoomToLevel}), {@code width}
 * x {@code height} pixels, drawn at ({@code offsetX}, {@code offsetY}) in the page (always inside
 * it).
 */
public record ImageRequest(
    double latitude, double longitude, int zoom, int width, int height, int offsetX, int offsetY)
    implements PlannedImage {
  public ImageRequest {
    if (width <= 0 || height <= 0 || offsetX < 0 || offsetY < 0) {
      throw new IllegalArgumentException(
          "bad image request " + width + "x" + height + " at " + offsetX + "," + offsetY);
    }
  }
}
