package dev.satpage.imagery.fetch;

import dev.satpage.imagery.codec.ImageFormat;
import dev.satpage.imagery.plan.CentredGridPlanner;
import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.imagery.plan.Planner;
import dev.satpage.imagery.provider.AzureMapsFacts;
import dev.satpage.imagery.provider.BingMapsFacts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A static-map API serving one centred JPEG per request, at most 2000 x 1500 px, so a 4000 x 3000
 * page is a 2 x 2 grid ({@link CentredGridPlanner}); the providers differ only in what their
 * documentation says below. Coordinates carry 9 decimals (~0.0004 px at zoom 20), far inside the
 * planner's quarter-pixel margin.
 *
 * <ul>
 *   <li>{@link #azure}: Azure Maps Render 2024-04-01 Get Map Static Image, {@code GET
 *       /map/static?api-version=2024-04-01
 *       &tilesetId=microsoft.imagery&zoom=Z&center=lon,lat&width=W&height=H&subscription-key=K}
 *       with {@code Accept: image/jpeg} (without it Azure answers PNG); longitude first; Azure's
 *       zoom z is level z + 1, so the planner sends page zoom − 1 ({@link AzureMapsFacts}).
 *   <li>{@link #bing}: Bing Maps "Get a Static Map", {@code GET
 *       /REST/v1/Imagery/Map/Aerial/{lat},{lon}/{zoom} ?mapSize=W,H&format=jpeg&key=K}; an
 *       overloaded server answers with {@code X-MS-BM-WS-INFO: 1}, which is retried ({@link
 *       BingMapsFacts}). Bing Maps for Enterprise is retired on 2028-06-30 (free keys ended
 *       2025-06-30); Azure Maps is its successor.
 * </ul>
 */
public final class StaticMapApi implements ProviderApi {
  public static final String AZURE_ATTRIBUTION = "Imagery © Microsoft Corporation (Azure Maps)";
  public static final String BING_ATTRIBUTION = "Imagery © Microsoft Corporation (Bing Maps)";

  /**
   * How one provider spells a request: {@code base} has no trailing slash, {@code key} is
   * URL-encoded.
   */
  private interface Spelling {
    String uri(String base, ImageRequest request, String key);
  }

  private final String name;
  private final String attribution;
  private final URI endpoint;
  private final Planner planner;
  private final Spelling spelling;
  private final boolean bingOverloadSignal;

  private StaticMapApi(
      String name,
      String attribution,
      URI endpoint,
      Planner planner,
      Spelling spelling,
      boolean bingOverloadSignal) {
    this.name = name;
    this.attribution = attribution;
    this.endpoint = endpoint;
    this.planner = planner;
    this.spelling = spelling;
    this.bingOverloadSignal = bingOverloadSignal;
  }

  /**
   * Azure Maps static images at {@code endpoint} ({@link AzureMapsFacts#ENDPOINT} in production).
   */
  public static StaticMapApi azure(URI endpoint) {
    return new StaticMapApi(
        "azure",
        AZURE_ATTRIBUTION,
        endpoint,
        CentredGridPlanner.azure(),
        (base, r, key) ->
            String.format(
                Locale.ROOT,
                "%s%s?api-version=%s&tilesetId=%s&zoom=%d&center=%.9f,%.9f&width=%d&height=%d&%s=%s",
                base,
                AzureMapsFacts.STATIC_PATH,
                AzureMapsFacts.API_VERSION,
                AzureMapsFacts.IMAGERY_TILESET,
                r.zoom(),
                r.longitude(),
                r.latitude(),
                r.width(),
                r.height(),
                AzureMapsFacts.KEY_PARAMETER,
                key),
        false);
  }

  /** Bing Maps static maps at {@code endpoint} ({@link BingMapsFacts#ENDPOINT} in production). */
  public static StaticMapApi bing(URI endpoint) {
    return new StaticMapApi(
        "bing",
        BING_ATTRIBUTION,
        endpoint,
        CentredGridPlanner.bing(),
        (base, r, key) ->
            String.format(
                Locale.ROOT,
                "%s%s%s/%.9f,%.9f/%d?mapSize=%d,%d&format=%s&key=%s",
                base,
                BingMapsFacts.PATH,
                BingMapsFacts.IMAGERY_SET,
                r.latitude(),
                r.longitude(),
                r.zoom(),
                r.width(),
                r.height(),
                BingMapsFacts.FORMAT,
                key),
        true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String attribution() {
    return attribution;
  }

  @Override
  public Planner planner() {
    return planner;
  }

  @Override
  public URI uriFor(PlannedImage image, String apiKey) {
    if (!(image instanceof ImageRequest request)) {
      throw new IllegalArgumentException(name + " static maps serve centred images, not " + image);
    }
    return URI.create(
        spelling.uri(
            ProviderApi.base(endpoint),
            request,
            URLEncoder.encode(apiKey, StandardCharsets.UTF_8)));
  }

  /**
   * JPEG only: Bing's default for aerial imagery, and what we ask Azure for with {@code Accept:
   * image/jpeg}, so a PNG answer means the header was lost on the way.
   */
  @Override
  public List<ImageFormat> formats() {
    return List.of(ImageFormat.JPEG);
  }

  /**
   * Bing's {@code X-MS-BM-WS-INFO: 1}: "wait a few seconds and try again", whatever the status and
   * body.
   */
  @Override
  public Optional<Duration> overloaded(HttpHeaders headers) {
    if (!bingOverloadSignal) {
      return Optional.empty();
    }
    return headers.allValues(BingMapsFacts.OVERLOAD_HEADER).stream()
            .map(String::strip)
            .anyMatch(BingMapsFacts.OVERLOAD_VALUE::equals)
        ? Optional.of(BingMapsFacts.OVERLOAD_WAIT)
        : Optional.empty();
  }

  @Override
  public URI origin() {
    return ProviderApi.originOf(endpoint);
  }
}
