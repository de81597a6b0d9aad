package dev.satpage.model.book;

import dev.satpage.model.geo.WebMercator;
import dev.satpage.model.json.Require;
import java.util.Locale;

/**
 * One satellite page to make: the area centred on a point at a zoom, the print size, and the
 * preview width.
 */
public record SatellitePageSpec(
    double latitude, double longitude, int zoom, int widthPx, int heightPx, int previewWidthPx) {
  public static final int DEFAULT_WIDTH = 4000;
  public static final int DEFAULT_HEIGHT = 3000;
  public static final int DEFAULT_PREVIEW_WIDTH = 1000;
  public static final int MAX_SIDE = 8192;

  public SatellitePageSpec {
    Require.range(latitude, -WebMercator.MAX_LATITUDE, WebMercator.MAX_LATITUDE, "latitude");
    Require.range(longitude, -180.0, 180.0, "longitude");
    Require.range(zoom, WebMercator.MIN_ZOOM, WebMercator.MAX_ZOOM, "zoom");
    Require.range(widthPx, 256, MAX_SIDE, "widthPx");
    Require.range(heightPx, 256, MAX_SIDE, "heightPx");
    Require.range(previewWidthPx, 64, widthPx, "previewWidthPx");
  }

  public static SatellitePageSpec of(double latitude, double longitude, int zoom) {
    return new SatellitePageSpec(
        latitude, longitude, zoom, DEFAULT_WIDTH, DEFAULT_HEIGHT, DEFAULT_PREVIEW_WIDTH);
  }

  /**
   * A stable, content-derived key: the same area at the same size always maps to the same imagery
   * objects, so a preview and a later order for the same home share them, and a redelivered job
   * overwrites with identical bytes.
   */
  public String cacheKey() {
    return String.format(
        Locale.ROOT,
        "z%d/%.6f_%.6f/%dx%d_p%d",
        zoom,
        latitude,
        longitude,
        widthPx,
        heightPx,
        previewWidthPx);
  }
}
