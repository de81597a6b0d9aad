package dev.satpage.devstack.imagery;

import dev.satpage.model.geo.GeoPoint;
import dev.satpage.model.geo.WebMercator;
import dev.satpage.model.json.MessageFormatException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the two request shapes the simulator speaks into an {@link ImageWindow} or a Bing-style error. Pure: no HTTP
 * types, so the rules are unit-testable.
 *
 * <p>Bing Maps static imagery
 * (https://learn.microsoft.com/bingmaps/rest-services/imagery/get-a-static-map): {@code
 * /REST/v1/Imagery/Map/Aerial/{lat},{lon}/{zoom}?mapSize=W,H&key=K}; width 80–2000, height 80–1500, default 350×350,
 * zoom 1–21. XYZ tiles: {@code /tiles/{z}/{x}/{y}.jpg?key=K} (256 px), {@code /tiles512/{z}/{x}/{y}.jpg?key=K} (512 px;
 * tile zoom z shows world pixels of zoom z + 1, the Mapbox/Azure convention that keeps the ground resolution of a 256-px
 * tile at z + 1), Esri's row-first order {@code /arcgis/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}?key=K}
 * and Bing quadkey tiles {@code /tiles/a{quadkey}.jpeg?key=K}
 * (https://learn.microsoft.com/bingmaps/articles/bing-maps-tile-system).
 *
 * <p>Azure Maps Render v2 static image
 * (https://learn.microsoft.com/rest/api/maps/render/get-map-static-image?view=rest-maps-2024-04-01): {@code
 * /map/static?api-version=2024-04-01&tilesetId=microsoft.imagery&zoom=Z&center=lon,lat&width=W&height=H&subscription-key=K};
 * width and height 1–8192, zoom 0–20, centred exactly like Bing.
 */
final class ImageryRequests {
  static final int BING_MAX_WIDTH = 2000;
  static final int BING_MAX_HEIGHT = 1500;
  static final int BING_MIN_SIZE = 80;
  static final int BING_DEFAULT_SIZE = 350;

  private static final Pattern BING =
      Pattern.compile("/REST/v1/Imagery/Map/(Aerial|AerialWithLabels|AerialWithLabelsOnDemand)/([^/]+)/([^/]+)/?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TILE = Pattern.compile("/tiles/(\\d{1,2})/(\\d{1,10})/(\\d{1,10})\\.jpe?g");
  private static final Pattern TILE_512 = Pattern.compile("/tiles512/(\\d{1,2})/(\\d{1,10})/(\\d{1,10})\\.jpe?g");
  private static final Pattern ESRI =
      Pattern.compile("/arcgis/rest/services/World_Imagery/MapServer/tile/(\\d{1,2})/(\\d{1,10})/(\\d{1,10})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern QUADKEY = Pattern.compile("/tiles/a([0-3]{1,21})\\.jpe?g");
  static final String AZURE_PATH = "/map/static";
  static final String AZURE_API_VERSION = "2024-04-01";
  static final String AZURE_TILESET = "microsoft.imagery";
  static final int AZURE_MAX_SIZE = 8192;
  static final int AZURE_MAX_ZOOM = 20;

  private ImageryRequests() {}

  /** The outcome of parsing one request. */
  sealed interface Parsed permits Image, Rejected {}

  record Image(ImageWindow window) implements Parsed {}

  record Rejected(int status, String detail) implements Parsed {}

  static Parsed parse(String path, String rawQuery, String apiKey) {
    Map<String, String> query = query(rawQuery);
    Matcher bing = BING.matcher(path);
    if (bing.matches()) {
      return keyOk(query, apiKey) ? bing(bing.group(2), bing.group(3), query) : unauthorized();
    }
    Matcher tile = TILE.matcher(path);
    if (tile.matches()) {
      return keyOk(query, apiKey) ? tile(tile.group(1), tile.group(2), tile.group(3), 256) : unauthorized();
    }
    Matcher tile512 = TILE_512.matcher(path);
    if (tile512.matches()) {
      return keyOk(query, apiKey) ? tile(tile512.group(1), tile512.group(2), tile512.group(3), 512) : unauthorized();
    }
    Matcher esri = ESRI.matcher(path);
    if (esri.matches()) { // Esri's order is row before column
      return keyOk(query, apiKey) ? tile(esri.group(1), esri.group(3), esri.group(2), 256) : unauthorized();
    }
    Matcher quadkey = QUADKEY.matcher(path);
    if (quadkey.matches()) {
      return keyOk(query, apiKey) ? quadkey(quadkey.group(1)) : unauthorized();
    }
    if (path.equals(AZURE_PATH)) {
      return apiKey.equals(query.get("subscription-key")) ? azure(query) : unauthorized();
    }
    return new Rejected(404, "The requested resource was not found: " + path);
  }

  private static Parsed bing(String centre, String zoomText, Map<String, String> query) {
    String[] latLon = centre.split(",", -1);
    GeoPoint point;
    int zoom;
    try {
      if (latLon.length != 2) {
        return badRequest("centerPoint must be 'latitude,longitude': " + centre);
      }
      point = new GeoPoint(Double.parseDouble(latLon[0]), Double.parseDouble(latLon[1]));
      zoom = Integer.parseInt(zoomText);
    } catch (NumberFormatException | MessageFormatException e) { // GeoPoint rejects latitudes beyond ±85.05°
      return badRequest("Invalid centerPoint or zoomLevel: " + centre + "/" + zoomText);
    }
    if (zoom < WebMercator.MIN_ZOOM || zoom > WebMercator.MAX_ZOOM) {
      return badRequest("zoomLevel must be between 1 and 21: " + zoom);
    }
    int width = BING_DEFAULT_SIZE;
    int height = BING_DEFAULT_SIZE;
    String mapSize = query.getOrDefault("mapsize", query.get("ms"));
    if (mapSize != null) {
      String[] parts = mapSize.split(",", -1);
      try {
        if (parts.length != 2) {
          return badRequest("mapSize must be 'width,height': " + mapSize);
        }
        width = Integer.parseInt(parts[0].trim());
        height = Integer.parseInt(parts[1].trim());
      } catch (NumberFormatException e) {
        return badRequest("mapSize must be 'width,height': " + mapSize);
      }
    }
    if (width < BING_MIN_SIZE || width > BING_MAX_WIDTH || height < BING_MIN_SIZE || height > BING_MAX_HEIGHT) {
      return badRequest("The mapSize width must be between 80 and 2000 and the height between 80 and 1500: " + mapSize);
    }
    return new Image(ImageWindow.centred(point, zoom, width, height));
  }

  private static Parsed tile(String zText, String xText, String yText, int size) {
    int zoom = Integer.parseInt(zText);
    long x = Long.parseLong(xText);
    long y = Long.parseLong(yText);
    int maxZoom = size == 512 ? WebMercator.MAX_ZOOM - 1 : WebMercator.MAX_ZOOM;
    if (zoom > maxZoom) {
      return badRequest("zoom must be between 0 and " + maxZoom + ": " + zoom);
    }
    long tiles = 1L << zoom;
    if (x >= tiles || y >= tiles) {
      return badRequest("tile " + x + "/" + y + " is outside the world at zoom " + zoom);
    }
    return new Image(size == 512 ? ImageWindow.tile512(zoom, x, y) : ImageWindow.tile(zoom, x, y));
  }

  /** A Bing quadkey: one base-4 digit per level, bit 0 the column and bit 1 the row of that level. */
  private static Parsed quadkey(String quadkey) {
    int zoom = quadkey.length();
    long x = 0;
    long y = 0;
    for (char digit : quadkey.toCharArray()) {
      int d = digit - '0';
      x = (x << 1) | (d & 1);
      y = (y << 1) | (d >> 1);
    }
    return new Image(ImageWindow.tile(zoom, x, y));
  }

  private static Parsed azure(Map<String, String> query) {
    if (!AZURE_API_VERSION.equals(query.get("api-version"))) {
      return badRequest("api-version must be " + AZURE_API_VERSION + ": " + query.get("api-version"));
    }
    if (!AZURE_TILESET.equals(query.get("tilesetid"))) {
      return badRequest("tilesetId must be " + AZURE_TILESET + " (the only aerial tileset): " + query.get("tilesetid"));
    }
    String centre = query.get("center");
    String[] lonLat = centre == null ? new String[0] : centre.split(",", -1);
    GeoPoint point;
    int zoom;
    int width;
    int height;
    try {
      if (lonLat.length != 2) {
        return badRequest("center must be 'longitude,latitude': " + centre);
      }
      point = new GeoPoint(Double.parseDouble(lonLat[1]), Double.parseDouble(lonLat[0]));
      zoom = Integer.parseInt(query.getOrDefault("zoom", ""));
      width = Integer.parseInt(query.getOrDefault("width", ""));
      height = Integer.parseInt(query.getOrDefault("height", ""));
    } catch (NumberFormatException | MessageFormatException e) {
      return badRequest("center, zoom, width and height are required numbers: " + centre);
    }
    if (zoom < 0 || zoom > AZURE_MAX_ZOOM) {
      return badRequest("zoom must be between 0 and " + AZURE_MAX_ZOOM + ": " + zoom);
    }
    if (width < 1 || width > AZURE_MAX_SIZE || height < 1 || height > AZURE_MAX_SIZE) {
      return badRequest("width and height must be between 1 and " + AZURE_MAX_SIZE + ": " + width + "x" + height);
    }
    return new Image(ImageWindow.centred(point, zoom, width, height));
  }

  private static boolean keyOk(Map<String, String> query, String apiKey) {
    return apiKey.equals(query.get("key"));
  }

  private static Rejected unauthorized() {
    return new Rejected(401, "Access was denied. You may have entered your credentials incorrectly, or you might not"
        + " have access to the requested resource or operation.");
  }

  private static Rejected badRequest(String detail) {
    return new Rejected(400, detail);
  }

  /** Query parameters with lower-cased names (Bing and Azure treat parameter names case-insensitively). */
  private static Map<String, String> query(String rawQuery) {
    Map<String, String> result = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return result;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      result.putIfAbsent(decode(name).toLowerCase(Locale.ROOT), decode(value));
    }
    return result;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
