package dev.satpage.imagery.fetch;

import dev.satpage.imagery.codec.ImageFormat;
import dev.satpage.imagery.plan.CentredGridPlanner;
import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.imagery.plan.Planner;
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
 * Bing Maps "Get a Static Map", {@code GET /REST/v1/Imagery/Map/Aerial/{lat},{lon}/{zoom}?mapSize=W,H&format=jpeg&key=K}:
 * at most 2000 x 1500 px and zoom 20 per image ({@link BingMapsFacts}). An overloaded server answers with
 * {@code X-MS-BM-WS-INFO: 1}, which is retried. Bing Maps for Enterprise is retired on 2028-06-30 (free keys ended
 * 2025-06-30); Azure Maps is its successor.
 */
public final class BingStaticApi implements ProviderApi {
  public static final URI DEFAULT_ENDPOINT = URI.create(BingMapsFacts.ENDPOINT);
  public static final String ATTRIBUTION = "Imagery © Microsoft Corporation (Bing Maps)";

  private final URI endpoint;
  private final Planner planner = CentredGridPlanner.bing();

  public BingStaticApi(URI endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public String name() {
    return "bing";
  }

  @Override
  public String attribution() {
    return ATTRIBUTION;
  }

  @Override
  public Planner planner() {
    return planner;
  }

  /** Coordinates carry 9 decimals (~0.0004 px at zoom 20), far inside the planner's quarter-pixel margin. */
  @Override
  public URI uriFor(PlannedImage image, String apiKey) {
    if (!(image instanceof ImageRequest request)) {
      throw new IllegalArgumentException("Bing static maps serve centred images, not " + image);
    }
    return URI.create(String.format(Locale.ROOT, "%s%s%s/%.9f,%.9f/%d?mapSize=%d,%d&format=%s&key=%s",
        ProviderApi.base(endpoint), BingMapsFacts.PATH, BingMapsFacts.IMAGERY_SET, request.latitude(),
        request.longitude(), request.zoom(), request.width(), request.height(), BingMapsFacts.FORMAT,
        URLEncoder.encode(apiKey, StandardCharsets.UTF_8)));
  }

  @Override
  public List<ImageFormat> formats() {
    return List.of(ImageFormat.JPEG);
  }

  /** {@code X-MS-BM-WS-INFO: 1}: "wait a few seconds and try again", whatever the status and body. */
  @Override
  public Optional<Duration> overloaded(HttpHeaders headers) {
    return headers.allValues(BingMapsFacts.OVERLOAD_HEADER).stream().map(String::strip)
        .anyMatch(BingMapsFacts.OVERLOAD_VALUE::equals) ? Optional.of(BingMapsFacts.OVERLOAD_WAIT) : Optional.empty();
  }

  @Override
  public URI origin() {
    return ProviderApi.originOf(endpoint);
  }
}
