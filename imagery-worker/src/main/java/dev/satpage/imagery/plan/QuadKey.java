package dev.satpage.imagery.plan;

/**
 * Bing Maps quadkeys: one base-4 digit per level, most significant first, whose bit 0 is the tile
 * column's bit and bit 1 the row's at that level
 * (https://learn.microsoft.com/bingmaps/articles/bing-maps-tile-system).
 */
public final class QuadKey {
  private QuadKey() {}

  /**
   * The quadkey of tile ({@code x}, {@code y}) at {@code level} (1–23); "213" for (3, 5) at level
   * 3.
   */
  public static String of(int level, long x, long y) {
    if (level < 1 || level > 23) {
      throw new IllegalArgumentException("level must be within 1..23: " + level);
    }
    StringBuilder key = new StringBuilder(level);
    for (int i = level; i > 0; i--) {
      long mask = 1L << (i - 1);
      int digit = ((x & mask) != 0 ? 1 : 0) + ((y & mask) != 0 ? 2 : 0);
      key.append((char) ('0' + digit));
    }
    return key.toString();
  }

  /** The tile {x, y} of a quadkey (its level is the key's length). */
  public static long[] tile(String quadkey) {
    long x = 0;
    long y = 0;
    for (char c : quadkey.toCharArray()) {
      if (c < '0' || c > '3') {
        throw new IllegalArgumentException("not a quadkey digit: '" + c + "' in " + quadkey);
      }
      int digit = c - '0';
      x = (x << 1) | (digit & 1);
      y = (y << 1) | (digit >> 1);
    }
    return new long[] {x, y};
  }
}
