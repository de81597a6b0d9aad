package dev.satpage.devstack.imagery;

/**
 * The simulator's own Web Mercator projection, written from Microsoft's "Bing Maps Tile System"
 * article (https://learn.microsoft.com/bingmaps/articles/bing-maps-tile-system, read 2026-12-02),
 * on purpose without shared-model's geo code: the simulator must not agree with the planner just
 * because they share a formula.
 *
 * <p>At level of detail {@code level} the world is {@code 256 · 2^level} pixels square, pixel (0,
 * 0) at the upper left (north-west) corner; tiles are 256 × 256 pixels. Unlike the article's sample
 * code, which rounds pixel coordinates to integers, {@link #pixel} keeps the fraction: how a
 * provider places a centred image to the sub-pixel is not documented, and the rounding is applied
 * once, where the simulator decides it ({@link ImageWindow#centred}).
 */
final class TileSystem {
  /**
   * Article, "Tile Coordinates and Quadkeys": "the rendered map is cut into tiles of 256 x 256
   * pixels each" (read 2026-12-02).
   */
  static final int TILE_SIZE = 256;

  /**
   * Article, "Pixel Coordinates": "the latitude must be clipped to range from -85.05112878 to
   * 85.05112878" (read 2026-12-02).
   */
  static final double MAX_LATITUDE = 85.05112878;

  /**
   * Article, "Pixel Coordinates": "The longitude is assumed to range from -180 to +180 degrees"
   * (read 2026-12-02).
   */
  static final double MAX_LONGITUDE = 180;

  /**
   * Article, "Ground Resolution and Map Scale": "Using an earth radius of 6378137 meters" (read
   * 2026-12-02).
   */
  static final double EARTH_RADIUS_METRES = 6378137;

  /**
   * Article: levels 1 (lowest detail) to 23 (highest detail) (read 2026-12-02). Level 0 (the whole
   * world in one 256-px tile) follows from the same formula and is what zoom 0 of the static-image
   * APIs asks for.
   */
  static final int MIN_LEVEL = 0;

  static final int MAX_LEVEL = 23;

  private TileSystem() {}

  /**
   * A point in world pixels at one level: {@code x} grows eastward, {@code y} southward; may carry
   * a fraction.
   */
  record Pixel(double x, double y) {}

  /** Article: "map width = map height = 256 * 2^level pixels" (read 2026-12-02). */
  static long mapSize(int level) {
    requireLevel(level);
    return (long) TILE_SIZE << level;
  }

  /**
   * Article: ground resolution = cos(latitude · π/180) · 2 · π · 6378137 / map width, in metres per
   * pixel.
   */
  static double groundResolution(double latitude, int level) {
    double clipped = clip(latitude, -MAX_LATITUDE, MAX_LATITUDE);
    return Math.cos(clipped * Math.PI / 180) * 2 * Math.PI * EARTH_RADIUS_METRES / mapSize(level);
  }

  /**
   * Article: map scale 1 : ground resolution · screen dpi / 0.0254 m per inch; returns the
   * denominator.
   */
  static double mapScale(double latitude, int level, int screenDpi) {
    return groundResolution(latitude, level) * screenDpi / 0.0254;
  }

  /**
   * The world pixel of a WGS 84 position (article, "Pixel Coordinates"): sinLatitude = sin(latitude
   * · π/180), pixelX = (longitude + 180) / 360 · 256 · 2^level, pixelY = (0.5 − log((1 +
   * sinLatitude) / (1 − sinLatitude)) / (4π)) · 256 · 2^level, after clipping latitude and
   * longitude as the article says.
   */
  static Pixel pixel(double latitude, double longitude, int level) {
    double lat = clip(latitude, -MAX_LATITUDE, MAX_LATITUDE);
    double lon = clip(longitude, -MAX_LONGITUDE, MAX_LONGITUDE);
    double sinLatitude = Math.sin(lat * Math.PI / 180);
    double x = (lon + 180) / 360;
    double y = 0.5 - Math.log((1 + sinLatitude) / (1 - sinLatitude)) / (4 * Math.PI);
    double size = mapSize(level);
    return new Pixel(x * size, y * size);
  }

  /** Article: tileX = floor(pixelX / 256), and the same for Y. */
  static long tileOf(double pixel) {
    return (long) Math.floor(pixel / TILE_SIZE);
  }

  /**
   * The quadkey of tile ({@code tileX}, {@code tileY}) at {@code level}: the bits of Y and X
   * interleaved and read as a base-4 number of {@code level} digits (article, "Tile Coordinates and
   * Quadkeys": tile (3, 5) at level 3 is "213").
   */
  static String quadKey(long tileX, long tileY, int level) {
    requireLevel(level);
    StringBuilder key = new StringBuilder(level);
    for (int i = level; i > 0; i--) {
      long mask = 1L << (i - 1);
      int digit = ((tileX & mask) != 0 ? 1 : 0) + ((tileY & mask) != 0 ? 2 : 0);
      key.append((char) ('0' + digit));
    }
    return key.toString();
  }

  /** The tile of a quadkey, as {x, y}; its level is the key's length. */
  static long[] tileOfQuadKey(String quadKey) {
    requireLevel(quadKey.length());
    long x = 0;
    long y = 0;
    for (char c : quadKey.toCharArray()) {
      int digit = c - '0';
      if (digit < 0 || digit > 3) {
        throw new IllegalArgumentException("quadkey digits are 0-3: " + quadKey);
      }
      x = (x << 1) | (digit & 1);
      y = (y << 1) | (digit >> 1);
    }
    return new long[] {x, y};
  }

  private static void requireLevel(int level) {
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      throw new IllegalArgumentException(
          "level of detail must be " + MIN_LEVEL + "-" + MAX_LEVEL + ": " + level);
    }
  }

  private static double clip(double n, double min, double max) {
    return Math.min(Math.max(n, min), max);
  }
}
