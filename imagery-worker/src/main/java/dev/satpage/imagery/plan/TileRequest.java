package dev.satpage.imagery.plan;

/**
 * A square map tile ({@code x}, {@code y}) at tile zoom {@code zoom}, {@code size} pixels, whose
 * top-left lands at ({@code offsetX}, {@code offsetY}) in the page; offsets are negative for tiles
 * that start left of or above the page.
 */
public record TileRequest(int zoom, long x, long y, int size, int offsetX, int offsetY)
    implements PlannedImage {
  public TileRequest {
    if (size != 256 && size != 512) {
      throw new IllegalArgumentException("tile size must be 256 or 512: " + size);
    }
    if (zoom < 0 || x < 0 || y < 0 || x >= (1L << zoom) || y >= (1L << zoom)) {
      throw new IllegalArgumentException(
          "tile " + x + "/" + y + " is outside the world at zoom " + zoom);
    }
  }

  @Override
  public int width() {
    return size;
  }

  @Override
  public int height() {
    return size;
  }

  /** The Bing quadkey of this tile. */
  public String quadkey() {
    return QuadKey.of(zoom, x, y);
  }
}
