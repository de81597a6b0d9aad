package dev.satpage.imagery.plan;

/**
 * Latitude/longitude to world pixels, written in this test from Microsoft's "Bing Maps Tile System"
 * article (https://learn.microsoft.com/bingmaps/articles/bing-maps-tile-system, read 2026-12-02:
 * "map width = map height = 256 * 2^level pixels"; pixelX = ((longitude + 180) / 360) * mapSize;
 * sinLatitude = sin(latitude * pi / 180); pixelY = (0.5 - log((1 + sinLatitude) / (1 -
 * sinLatitude)) / (4 * pi)) * mapSize; latitude clipped to ±85.05112878). Deliberately not
 * shared-model's WebMercator: the tests check the planner's output with it the way a provider would
 * read a request, so a mistake in the shared code does not check itself.
 */
final class ArticleTileSystem {
  private ArticleTileSystem() {}

  static double mapSize(int level) {
    return 256.0 * Math.pow(2, level);
  }

  static double pixelX(double longitude, int level) {
    return (longitude + 180) / 360 * mapSize(level);
  }

  static double pixelY(double latitude, int level) {
    double lat = Math.min(Math.max(latitude, -85.05112878), 85.05112878);
    double sinLatitude = Math.sin(lat * Math.PI / 180);
    return (0.5 - Math.log((1 + sinLatitude) / (1 - sinLatitude)) / (4 * Math.PI)) * mapSize(level);
  }

  /**
   * The longitude of world pixel column {@code x}: the article's formula read backwards (it is
   * linear).
   */
  static double longitude(double x, int level) {
    return x / mapSize(level) * 360 - 180;
  }
}
