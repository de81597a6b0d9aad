package dev.satpage.model.geo;

import dev.satpage.model.json.Require;

/** A WGS84 position. Latitude is limited to what Web Mercator can show (±85.05112878°). */
public record GeoPoint(double latitude, double longitude) {
  public GeoPoint {
    Require.range(latitude, -WebMercator.MAX_LATITUDE, WebMercator.MAX_LATITUDE, "latitude");
    Require.range(longitude, -180.0, 180.0, "longitude");
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.6f,%.6f", latitude, longitude);
  }
}
