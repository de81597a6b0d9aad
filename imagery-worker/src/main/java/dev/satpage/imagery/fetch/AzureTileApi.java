package dev.satpage.imagery.fetch;

import dev.satpage.imagery.codec.ImageFormat;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.imagery.plan.Planner;
import dev.satpage.imagery.plan.TilePlanner;
import dev.satpage.imagery.plan.TileRequest;
import dev.satpage.imagery.provider.AzureMapsFacts;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Azure Maps Render 2024-04-01 Get Map Tile, {@code GET
 * /map/tile?api-version=2024-04-01&tilesetId=microsoft.imagery
 * &zoom=Z&x=X&y=Y&tileSize=256|512&subscription-key=K}: tiles on the 2^z grid, so the page is
 * assembled with exact pixel alignment and no attribution inside the imagery ({@link
 * AzureMapsFacts}). The tileset's documented format is PNG (older reference pages say JPEG): both
 * are taken.
 */
public final class AzureTileApi implements ProviderApi {
  private final URI endpoint;
  private final TilePlanner planner;

  public AzureTileApi(URI endpoint, int tileSize) {
    if (!AzureMapsFacts.TILE_SIZES.contains(tileSize)) {
      throw new IllegalArgumentException(
          "Azure Maps tile size must be one of " + AzureMapsFacts.TILE_SIZES + ": " + tileSize);
    }
    this.endpoint = endpoint;
    this.planner = TilePlanner.azure(tileSize);
  }

  @Override
  public String name() {
    return "azure";
  }

  @Override
  public String attribution() {
    return StaticMapApi.AZURE_ATTRIBUTION;
  }

  @Override
  public Planner planner() {
    return planner;
  }

  public int tileSize() {
    return planner.tileSize();
  }

  @Override
  public URI uriFor(PlannedImage image, String apiKey) {
    if (!(image instanceof TileRequest tile)) {
      throw new IllegalArgumentException("Azure map tiles are tiles, not " + image);
    }
    return URI.create(
        String.format(
            Locale.ROOT,
            "%s%s?api-version=%s&tilesetId=%s&zoom=%d&x=%d&y=%d&tileSize=%d&%s=%s",
            ProviderApi.base(endpoint),
            AzureMapsFacts.TILE_PATH,
            AzureMapsFacts.API_VERSION,
            AzureMapsFacts.IMAGERY_TILESET,
            tile.zoom(),
            tile.x(),
            tile.y(),
            tile.size(),
            AzureMapsFacts.KEY_PARAMETER,
            URLEncoder.encode(apiKey, StandardCharsets.UTF_8)));
  }

  /**
   * PNG as the 2024-04-01 spec says for microsoft.imagery, or JPEG as older pages say; the
   * operation has no Accept.
   */
  @Override
  public List<ImageFormat> formats() {
    return List.of(ImageFormat.PNG, ImageFormat.JPEG);
  }

  @Override
  public URI origin() {
    return ProviderApi.originOf(endpoint);
  }
}
