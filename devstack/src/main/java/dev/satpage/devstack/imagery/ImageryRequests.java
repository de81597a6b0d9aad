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
 * zoom 1–21. XYZ tiles: {@code /tiles/{z}/{x}/{y}.jpg?key=K}.
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
      return keyOk(query, apiKey) ? tile(tile.group(1), tile.group(2), tile.group(3)) : unauthorized();
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

  private static Parsed tile(String zText, String xText, String yText) {
    int zoom = Integer.parseInt(zText);
    long x = Long.parseLong(xText);
    long y = Long.parseLong(yText);
    if (zoom > WebMercator.MAX_ZOOM) {
      return badRequest("zoom must be between 0 and 21: " + zoom);
    }
    long tiles = 1L << zoom;
    if (x >= tiles || y >= tiles) {
      return badRequest("tile " + x + "/" + y + " is outside the world at zoom " + zoom);
    }
    return new Image(ImageWindow.tile(zoom, x, y));
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

  /** Query parameters with lower-cased names (Bing treats parameter names case-insensitively). */
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
