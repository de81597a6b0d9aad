package dev.satpage.model.geo;

/**
 * Web Mercator pixel math (EPSG:3857) as used by Bing Maps, Azure Maps and XYZ tile services, with
 * 256-px tiles: at zoom {@code z} the world is {@code 256 * 2^z} pixels square. See the Bing Maps
 * tile system article (https://learn.microsoft.com/bingmaps/articles/bing-maps-tile-system).
 */
public final class WebMercator {
  public static final double MAX_LATITUDE = 85.05112878;
  public static final int TILE_SIZE = 256;
  public static final int MIN_ZOOM = 1;
  public static final int MAX_ZOOM = 21;

  private WebMercator() {}

  /** Width and height of the world in pixels at {@code zoom}. */
  public static long mapSize(int zoom) {
    return (long) TILE_SIZE << zoom;
  }

  public static WorldPixel toPixel(GeoPoint point, int zoom) {
    double lat = clip(point.latitude(), -MAX_LATITUDE, MAX_LATITUDE);
    double x = (point.longitude() + 180.0) / 360.0;
    double sinLat = Math.sin(Math.toRadians(lat));
    double y = 0.5 - Math.log((1 + sinLat) / (1 - sinLat)) / (4 * Math.PI);
    double size = mapSize(zoom);
    return new WorldPixel(x * size, y * size, zoom);
  }

  public static GeoPoint toGeo(WorldPixel pixel) {
    double size = mapSize(pixel.zoom());
    double x = pixel.x() / size - 0.5;
    double y = 0.5 - pixel.y() / size;
    double lat = 90.0 - 360.0 * Math.atan(Math.exp(-y * 2 * Math.PI)) / Math.PI;
    double lon = 360.0 * x;
    return new GeoPoint(clip(lat, -MAX_LATITUDE, MAX_LATITUDE), clip(lon, -180.0, 180.0));
  }

  /** Ground resolution in metres per pixel at a latitude and zoom. */
  public static double metresPerPixel(double latitude, int zoom) {
    return Math.cos(Math.toRadians(latitude)) * 2 * Math.PI * 6378137.0 / mapSize(zoom);
  }

  /**
   * The integer world-pixel column (or row) where an image of {@code size} pixels centred on {@code
   * centre} starts. Both the planner and the imagery providers use this rounding, so images whose
   * centres are an exact size apart abut exactly.
   */
  public static long origin(double centre, int size) {
    return Math.round(centre - size / 2.0);
  }

  private static double clip(double v, double min, double max) {
    return Math.min(Math.max(v, min), max);
  }
}
