package dev.satpage.devstack.imagery;

import dev.satpage.devstack.imagery.Parsed.Api;

/**
 * Generic tile services: XYZ {@code /tiles/{z}/{x}/{y}.jpg} (256 px) and {@code
 * /tiles512/{z}/{x}/{y}.jpg} (512 px, the same 2^z grid at twice the resolution), Esri's row-first
 * {@code …/MapServer/tile/{z}/{y}/{x}} and Bing quadkey tiles {@code /tiles/a{quadkey}.jpeg}
 * (quadkeys from the Bing Maps Tile System article). These stand for any tile provider, not a
 * documented one: their limits (levels up to {@link #MAX_ZOOM}, key in {@code key=}, JPEG) are the
 * simulator's own.
 */
final class TileRequests {
  /** The simulator's own ceiling for generic tiles (not a provider fact). */
  static final int MAX_ZOOM = 21;

  private TileRequests() {}

  static Parsed xyz(
      String zText, String xText, String yText, int tileSize, Query query, String apiKey) {
    if (!keyOk(query, apiKey)) {
      return unauthorized();
    }
    int zoom = Integer.parseInt(zText);
    long x = Long.parseLong(xText);
    long y = Long.parseLong(yText);
    int maxZoom = tileSize == 512 ? MAX_ZOOM - 1 : MAX_ZOOM;
    if (zoom > maxZoom) {
      return bad("zoom must be between 0 and " + maxZoom + ": " + zoom);
    }
    long tiles = 1L << zoom;
    if (x >= tiles || y >= tiles) {
      return bad("tile " + x + "/" + y + " is outside the world at zoom " + zoom);
    }
    return image(ImageWindow.tile(zoom, x, y, tileSize));
  }

  static Parsed quadKey(String quadKey, Query query, String apiKey) {
    if (!keyOk(query, apiKey)) {
      return unauthorized();
    }
    long[] tile = TileSystem.tileOfQuadKey(quadKey);
    return image(ImageWindow.tile(quadKey.length(), tile[0], tile[1], TileSystem.TILE_SIZE));
  }

  private static Parsed image(ImageWindow window) {
    return new Parsed.Image(Api.TILES, window, ImageFormat.JPEG);
  }

  private static boolean keyOk(Query query, String apiKey) {
    return query.get("key").map(apiKey::equals).orElse(false);
  }

  private static Parsed.Rejected unauthorized() {
    return new Parsed.Rejected(Api.TILES, 401, BingStaticMapFacts.UNAUTHORIZED_DETAIL);
  }

  private static Parsed.Rejected bad(String detail) {
    return new Parsed.Rejected(Api.TILES, 400, detail);
  }
}
