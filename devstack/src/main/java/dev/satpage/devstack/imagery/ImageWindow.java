package dev.satpage.devstack.imagery;

import java.awt.image.BufferedImage;

/**
 * The world pixels an image shows, in the simulator's own {@link TileSystem}: output pixel (i, j)
 * is world pixel ({@code left + i}, {@code top + j}) at level of detail {@code level} (world = 256
 * · 2^level pixels).
 */
public record ImageWindow(int level, long left, long top, int width, int height) {
  public ImageWindow {
    if (level < TileSystem.MIN_LEVEL || level > TileSystem.MAX_LEVEL) {
      throw new IllegalArgumentException("level out of range: " + level);
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
    }
  }

  /**
   * The window of a {@code width}×{@code height} image centred on (latitude, longitude) at {@code
   * level}. Its top-left world pixel is {@code Math.round(centre − size / 2)} on each axis. This is
   * an assumption, not a documented fact: neither Bing nor Azure says how a centred image is placed
   * to the sub-pixel. It is the rule of the one provider we can see — this simulator — and {@link
   * GroundTruth} uses the same rule.
   */
  static ImageWindow centred(double latitude, double longitude, int level, int width, int height) {
    TileSystem.Pixel centre = TileSystem.pixel(latitude, longitude, level);
    return new ImageWindow(
        level, origin(centre.x(), width), origin(centre.y(), height), width, height);
  }

  /**
   * The window of tile ({@code x}, {@code y}) of a grid of {@code tileSize}-pixel tiles, 2^zoom ×
   * 2^zoom of them. For 256-px tiles that is level {@code zoom}; a 512-px tile of the same grid
   * covers the same ground with twice the pixels, which is level {@code zoom + 1} (Azure's "Zoom
   * levels and tile grid": 2^zoom × 2^zoom tiles whatever their size).
   */
  static ImageWindow tile(int zoom, long x, long y, int tileSize) {
    int level =
        switch (tileSize) {
          case 256 -> zoom;
          case 512 -> zoom + 1;
          default -> throw new IllegalArgumentException("tile size 256 or 512: " + tileSize);
        };
    return new ImageWindow(level, x * tileSize, y * tileSize, tileSize, tileSize);
  }

  /** The synthetic picture of this window, exactly as the simulator draws it before encoding. */
  public BufferedImage render() {
    return SyntheticTerrain.render(level, left, top, width, height);
  }

  private static long origin(double centre, int size) {
    return Math.round(centre - size / 2.0);
  }
}
