package dev.satpage.imagery.fetch;

import dev.satpage.imagery.plan.CentredGridPlanner;
import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.imagery.plan.Planner;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bing Maps static imagery, {@code GET /REST/v1/Imagery/Map/Aerial/{lat},{lon}/{zoom}?mapSize=W,H&key=K}
 * (https://learn.microsoft.com/bingmaps/rest-services/imagery/get-a-static-map). Bing Maps for Enterprise is retired on
 * 2028-06-30; Azure Maps ({@link AzureStaticApi}) is its successor.
 */
public final class BingStaticApi implements ProviderApi {
  public static final URI DEFAULT_ENDPOINT = URI.create("https://dev.virtualearth.net");
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

  /** Coordinates carry 9 decimals (~0.1 mm) so the provider's pixel rounding is exact at zoom 21. */
  @Override
  public URI uriFor(PlannedImage image, String apiKey) {
    if (!(image instanceof ImageRequest request)) {
      throw new IllegalArgumentException("Bing static maps serve centred images, not " + image);
    }
    return URI.create(String.format(Locale.ROOT, "%s/REST/v1/Imagery/Map/Aerial/%.9f,%.9f/%d?mapSize=%d,%d&key=%s",
        ProviderApi.base(endpoint), request.latitude(), request.longitude(), request.zoom(), request.width(),
        request.height(), URLEncoder.encode(apiKey, StandardCharsets.UTF_8)));
  }

  @Override
  public URI origin() {
    return ProviderApi.originOf(endpoint);
  }
}
