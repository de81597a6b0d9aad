package dev.satpage.devstack.imagery;

import dev.satpage.devstack.imagery.Parsed.Api;
import java.util.Optional;

/**
 * Reads Azure Maps Render 2024-04-01 requests — Get Map Static Image ({@link
 * AzureStaticImageFacts}) and Get Map Tile ({@link AzureMapTileFacts}) — and refuses, with the
 * documented status, whatever lies outside the documented ranges.
 */
final class AzureRequests {
  private AzureRequests() {}

  /**
   * Static image: {@code
   * /map/static?api-version=2024-04-01&tilesetId=microsoft.imagery&zoom&center=lon,lat&width&height}.
   */
  static Parsed staticImage(Query query, String accept, String keyHeader, String apiKey) {
    Optional<Parsed> refused = authoriseAndVersion(query, keyHeader, apiKey);
    if (refused.isPresent()) {
      return refused.get();
    }
    String tileset = query.get("tilesetId").orElse(AzureStaticImageFacts.DEFAULT_TILESET);
    if (!tileset.equals(AzureStaticImageFacts.IMAGERY_TILESET)) {
      return bad(
          "tilesetId '"
              + tileset
              + "' (the default is "
              + AzureStaticImageFacts.DEFAULT_TILESET
              + "): this simulator draws only "
              + AzureStaticImageFacts.IMAGERY_TILESET);
    }
    if (query.get("bbox").isPresent()) {
      return bad("bbox is documented but not simulated; use center, zoom, width and height");
    }
    String center = query.get("center").orElse(null);
    if (center == null) {
      return bad("Either center or bbox must be supplied");
    }
    String[] lonLat = center.split(",", -1);
    double longitude;
    double latitude;
    int zoom;
    int width;
    int height;
    try {
      if (lonLat.length != 2) {
        return bad("center must be 'lon,lat': " + center);
      }
      longitude = Double.parseDouble(lonLat[0].trim());
      latitude = Double.parseDouble(lonLat[1].trim());
      zoom = integer(query, "zoom", AzureStaticImageFacts.DEFAULT_ZOOM);
      width = integer(query, "width", AzureStaticImageFacts.DEFAULT_SIZE);
      height = integer(query, "height", AzureStaticImageFacts.DEFAULT_SIZE);
    } catch (NumberFormatException e) {
      return bad("center, zoom, width and height must be numbers: " + e.getMessage());
    }
    if (!(Math.abs(longitude) <= AzureStaticImageFacts.MAX_CENTER_LONGITUDE)
        || !(Math.abs(latitude) <= AzureStaticImageFacts.MAX_CENTER_LATITUDE)) {
      return bad("center longitude must be -180 to 180 and latitude -90 to 90: " + center);
    }
    if (zoom < AzureStaticImageFacts.MIN_ZOOM || zoom > AzureStaticImageFacts.MAX_IMAGERY_ZOOM) {
      return bad("zoom must be 0-19 (inclusive) for microsoft.imagery: " + zoom);
    }
    if (width < AzureStaticImageFacts.MIN_WIDTH || width > AzureStaticImageFacts.MAX_WIDTH) {
      return bad("width must range from 80 to 2000: " + width);
    }
    if (height < AzureStaticImageFacts.MIN_HEIGHT || height > AzureStaticImageFacts.MAX_HEIGHT) {
      return bad("height must range from 80 to 1500: " + height);
    }
    Optional<ImageFormat> format = AcceptHeader.azureStatic(accept);
    if (format.isEmpty()) {
      return bad("Accept allows neither image/png nor image/jpeg: " + accept);
    }
    ImageWindow window =
        ImageWindow.centred(latitude, longitude, AzureStaticImageFacts.level(zoom), width, height);
    return new Parsed.Image(Api.AZURE, window, format.get());
  }

  /**
   * Tile: {@code
   * /map/tile?api-version=2024-04-01&tilesetId=microsoft.imagery&zoom&x&y[&tileSize=256|512]}.
   */
  static Parsed tile(Query query, String keyHeader, String apiKey) {
    Optional<Parsed> refused = authoriseAndVersion(query, keyHeader, apiKey);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<String> tileset = query.get("tilesetId");
    if (tileset.isEmpty()) {
      return bad("tilesetId is required");
    }
    if (!tileset.get().equals(AzureMapTileFacts.IMAGERY_TILESET)) {
      return bad(
          "tilesetId '"
              + tileset.get()
              + "': this simulator draws only "
              + AzureMapTileFacts.IMAGERY_TILESET);
    }
    int zoom;
    long x;
    long y;
    try {
      zoom =
          Integer.parseInt(
              query.get("zoom").orElseThrow(() -> new NumberFormatException("zoom is required")));
      x =
          Long.parseLong(
              query.get("x").orElseThrow(() -> new NumberFormatException("x is required")));
      y =
          Long.parseLong(
              query.get("y").orElseThrow(() -> new NumberFormatException("y is required")));
    } catch (NumberFormatException e) {
      return bad("zoom, x and y are required integers: " + e.getMessage());
    }
    if (zoom < AzureMapTileFacts.MIN_ZOOM || zoom > AzureMapTileFacts.MAX_ZOOM) {
      return bad("microsoft.imagery supports zoom levels 1 through 19: " + zoom);
    }
    long tiles = AzureMapTileFacts.tilesPerSide(zoom);
    if (x < 0 || x >= tiles || y < 0 || y >= tiles) {
      return bad(
          "x and y must be in the range [0, 2^zoom - 1] = [0, "
              + (tiles - 1)
              + "]: "
              + x
              + ","
              + y);
    }
    String size = query.get("tileSize").orElse(Integer.toString(AzureMapTileFacts.DEFAULT_TILE));
    int tileSize;
    if (size.equals("256")) {
      tileSize = AzureMapTileFacts.SMALL_TILE;
    } else if (size.equals("512")) {
      tileSize = AzureMapTileFacts.LARGE_TILE;
    } else {
      return bad("tileSize must be 256 or 512: " + size);
    }
    return new Parsed.Image(Api.AZURE, ImageWindow.tile(zoom, x, y, tileSize), ImageFormat.PNG);
  }

  /**
   * 401 for a missing or wrong key (query parameter or header), then 400 for another api-version.
   */
  private static Optional<Parsed> authoriseAndVersion(
      Query query, String keyHeader, String apiKey) {
    String key = query.get(AzureStaticImageFacts.KEY_PARAMETER).orElse(keyHeader);
    if (key == null || !key.equals(apiKey)) {
      return Optional.of(
          new Parsed.Rejected(
              Api.AZURE,
              AzureStaticImageFacts.UNAUTHORIZED,
              "Access denied due to a missing or invalid subscription key."));
    }
    String version = query.get("api-version").orElse(null);
    if (!AzureStaticImageFacts.API_VERSION.equals(version)) {
      return Optional.of(
          bad(
              "api-version must be "
                  + AzureStaticImageFacts.API_VERSION
                  + " (the only version this simulator speaks): "
                  + version));
    }
    return Optional.empty();
  }

  private static int integer(Query query, String name, int defaultValue) {
    Optional<String> value = query.get(name);
    return value.isEmpty() ? defaultValue : Integer.parseInt(value.get().trim());
  }

  private static Parsed.Rejected bad(String detail) {
    return new Parsed.Rejected(Api.AZURE, AzureStaticImageFacts.BAD_REQUEST, detail);
  }
}
