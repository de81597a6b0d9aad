package dev.satpage.devstack.imagery;

import dev.satpage.devstack.imagery.Parsed.Api;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes one request to the API it belongs to — Bing static map ({@link BingStaticRequests}), Azure
 * Maps Render ({@link AzureRequests}), generic tiles ({@link TileRequests}) — and returns what to
 * draw or how to refuse. Pure: no HTTP types, so every documented limit is unit-testable.
 */
final class ImageryRequests {
  private static final Pattern BING =
      Pattern.compile(
          "/REST/v1/Imagery/Map/(?:" + BingStaticMapFacts.IMAGERY_SETS + ")/([^/]+)/([^/]+)/?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TILE =
      Pattern.compile("/tiles/(\\d{1,2})/(\\d{1,10})/(\\d{1,10})\\.jpe?g");
  private static final Pattern TILE_512 =
      Pattern.compile("/tiles512/(\\d{1,2})/(\\d{1,10})/(\\d{1,10})\\.jpe?g");
  private static final Pattern ESRI =
      Pattern.compile(
          "/arcgis/rest/services/World_Imagery/MapServer/tile/(\\d{1,2})/(\\d{1,10})/(\\d{1,10})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern QUADKEY = Pattern.compile("/tiles/a([0-3]{1,21})\\.jpe?g");

  private ImageryRequests() {}

  /**
   * One GET request as the simulator sees it.
   *
   * @param accept the Accept header, or null
   * @param subscriptionKey the {@code subscription-key} header, or null
   */
  record Request(String path, String rawQuery, String accept, String subscriptionKey) {
    static Request get(String path, String rawQuery) {
      return new Request(path, rawQuery, null, null);
    }
  }

  static Parsed parse(Request request, String apiKey) {
    String path = request.path();
    Query query = Query.parse(request.rawQuery());
    Matcher m;
    if ((m = BING.matcher(path)).matches()) {
      return BingStaticRequests.parse(m.group(1), m.group(2), query, apiKey);
    }
    if (path.equals(AzureStaticImageFacts.PATH)) {
      return AzureRequests.staticImage(query, request.accept(), request.subscriptionKey(), apiKey);
    }
    if (path.equals(AzureMapTileFacts.PATH)) {
      return AzureRequests.tile(query, request.subscriptionKey(), apiKey);
    }
    if ((m = TILE.matcher(path)).matches()) {
      return TileRequests.xyz(m.group(1), m.group(2), m.group(3), 256, query, apiKey);
    }
    if ((m = TILE_512.matcher(path)).matches()) {
      return TileRequests.xyz(m.group(1), m.group(2), m.group(3), 512, query, apiKey);
    }
    if ((m = ESRI.matcher(path)).matches()) { // Esri's order is row before column
      return TileRequests.xyz(m.group(1), m.group(3), m.group(2), 256, query, apiKey);
    }
    if ((m = QUADKEY.matcher(path)).matches()) {
      return TileRequests.quadKey(m.group(1), query, apiKey);
    }
    Api api =
        path.startsWith("/map/")
            ? Api.AZURE
            : path.startsWith("/REST/") ? Api.BING_STATIC : Api.TILES;
    return new Parsed.Rejected(api, 404, "The requested resource was not found: " + path);
  }
}
