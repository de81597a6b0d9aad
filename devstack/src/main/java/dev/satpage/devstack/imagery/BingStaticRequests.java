package dev.satpage.devstack.imagery;

import static dev.satpage.devstack.imagery.BingStaticMapFacts.BAD_REQUEST;

import dev.satpage.devstack.imagery.Parsed.Api;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a Bing "Get a Static Map" request centred on a point, enforcing {@link BingStaticMapFacts}.
 */
final class BingStaticRequests {
  private BingStaticRequests() {}

  static Parsed parse(String centerPoint, String zoomText, Query query, String apiKey) {
    Optional<String> key = query.get(BingStaticMapFacts.KEY_PARAMETER);
    if (key.isEmpty() || !key.get().equals(apiKey)) {
      return new Parsed.Rejected(
          Api.BING_STATIC, BingStaticMapFacts.UNAUTHORIZED, BingStaticMapFacts.UNAUTHORIZED_DETAIL);
    }
    String[] latLon = centerPoint.split(",", -1);
    double latitude;
    double longitude;
    int zoom;
    try {
      if (latLon.length != 2) {
        return bad("centerPoint must be 'latitude,longitude': " + centerPoint);
      }
      latitude = Double.parseDouble(latLon[0].trim());
      longitude = Double.parseDouble(latLon[1].trim());
      zoom = Integer.parseInt(zoomText);
    } catch (NumberFormatException e) {
      return bad("Invalid centerPoint or zoomLevel: " + centerPoint + "/" + zoomText);
    }
    // A Point is a latitude and a longitude in degrees (Location and Area Types); the tile system
    // clips the latitude.
    if (!(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) {
      return bad(
          "centerPoint is not a latitude (-90..90) and longitude (-180..180): " + centerPoint);
    }
    if (zoom < BingStaticMapFacts.MIN_ZOOM || zoom > BingStaticMapFacts.MAX_ZOOM) {
      return bad(
          "zoomLevel must be an integer between "
              + BingStaticMapFacts.MIN_ZOOM
              + " and "
              + BingStaticMapFacts.MAX_ZOOM
              + ": "
              + zoom);
    }
    int width = BingStaticMapFacts.DEFAULT_SIZE;
    int height = BingStaticMapFacts.DEFAULT_SIZE;
    Optional<String> mapSize = query.first("mapSize", "ms");
    if (mapSize.isPresent()) {
      String[] parts = mapSize.get().split(",", -1);
      try {
        if (parts.length != 2) {
          return bad("mapSize must be 'width,height': " + mapSize.get());
        }
        width = Integer.parseInt(parts[0].trim());
        height = Integer.parseInt(parts[1].trim());
      } catch (NumberFormatException e) {
        return bad("mapSize must be 'width,height': " + mapSize.get());
      }
    }
    if (width < BingStaticMapFacts.MIN_SIZE
        || width > BingStaticMapFacts.MAX_WIDTH
        || height < BingStaticMapFacts.MIN_SIZE
        || height > BingStaticMapFacts.MAX_HEIGHT) {
      return bad(
          "The width must be between 80 and 2000 pixels and the height must be between 80 and 1500 pixels: "
              + width
              + ","
              + height);
    }
    ImageFormat format;
    String requested = query.first("format", "fmt").orElse("jpeg").toLowerCase(Locale.ROOT);
    switch (requested) {
      case "jpeg" -> format = ImageFormat.JPEG;
      case "png" -> format = ImageFormat.PNG;
      default -> {
        return bad(
            "format must be jpeg or png in this simulator (gif is documented but not simulated): "
                + requested);
      }
    }
    // Bing's zoomLevel is the tile system's level of detail (assumed: the static-map page does not
    // restate it).
    return new Parsed.Image(
        Api.BING_STATIC, ImageWindow.centred(latitude, longitude, zoom, width, height), format);
  }

  private static Parsed.Rejected bad(String detail) {
    return new Parsed.Rejected(Api.BING_STATIC, BAD_REQUEST, detail);
  }
}
