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
 * Azure Maps Render v2 static image, {@code GET /map/static?api-version=2024-04-01&tilesetId=microsoft.imagery&zoom=Z
 * &center=lon,lat&width=W&height=H&subscription-key=K}, up to 8192 x 8192 px, so a page is one request
 * (https://learn.microsoft.com/rest/api/maps/render/get-map-static-image?view=rest-maps-2024-04-01). Note the
 * longitude-first centre.
 */
public final class AzureStaticApi implements ProviderApi {
  public static final URI DEFAULT_ENDPOINT = URI.create("https://atlas.microsoft.com");
  public static final String API_VERSION = "2024-04-01";
  public static final String ATTRIBUTION = "Imagery © Microsoft Corporation (Azure Maps)";

  private final URI endpoint;
  private final Planner planner = CentredGridPlanner.azure();

  public AzureStaticApi(URI endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public String name() {
    return "azure";
  }

  @Override
  public String attribution() {
    return ATTRIBUTION;
  }

  @Override
  public Planner planner() {
    return planner;
  }

  @Override
  public URI uriFor(PlannedImage image, String apiKey) {
    if (!(image instanceof ImageRequest request)) {
      throw new IllegalArgumentException("Azure static images are centred images, not " + image);
    }
    return URI.create(String.format(Locale.ROOT,
        "%s/map/static?api-version=%s&tilesetId=microsoft.imagery&zoom=%d&center=%.9f,%.9f&width=%d&height=%d"
            + "&subscription-key=%s",
        ProviderApi.base(endpoint), API_VERSION, request.zoom(), request.longitude(), request.latitude(),
        request.width(), request.height(), URLEncoder.encode(apiKey, StandardCharsets.UTF_8)));
  }

  @Override
  public URI origin() {
    return ProviderApi.originOf(endpoint);
  }
}
