package dev.satpage.imagery.fetch;

import dev.satpage.imagery.codec.ImageFormat;
import dev.satpage.imagery.plan.CentredGridPlanner;
import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.imagery.plan.Planner;
import dev.satpage.imagery.provider.AzureMapsFacts;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Azure Maps Render 2024-04-01 Get Map Static Image, {@code GET /map/static?api-version=2024-04-01
 * &tilesetId=microsoft.imagery&zoom=Z&center=lon,lat&width=W&height=H&subscription-key=K} with {@code Accept:
 * image/jpeg}: at most 2000 x 1500 px and zoom 19 per image, so a 4000 x 3000 page is a 2 x 2 grid
 * ({@link AzureMapsFacts}). Note the longitude-first centre, that Azure's zoom z is level z + 1 (the planner sends page
 * zoom − 1), and that without the Accept header Azure answers PNG.
 */
public final class AzureStaticApi implements ProviderApi {
  public static final URI DEFAULT_ENDPOINT = URI.create(AzureMapsFacts.ENDPOINT);
  public static final String API_VERSION = AzureMapsFacts.API_VERSION;
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
        "%s%s?api-version=%s&tilesetId=%s&zoom=%d&center=%.9f,%.9f&width=%d&height=%d&%s=%s",
        ProviderApi.base(endpoint), AzureMapsFacts.STATIC_PATH, API_VERSION, AzureMapsFacts.IMAGERY_TILESET,
        request.zoom(), request.longitude(), request.latitude(), request.width(), request.height(),
        AzureMapsFacts.KEY_PARAMETER, URLEncoder.encode(apiKey, StandardCharsets.UTF_8)));
  }

  /** JPEG only: we send {@code Accept: image/jpeg}, so a PNG answer means the header was lost on the way. */
  @Override
  public List<ImageFormat> formats() {
    return List.of(ImageFormat.JPEG);
  }

  @Override
  public URI origin() {
    return ProviderApi.originOf(endpoint);
  }
}
