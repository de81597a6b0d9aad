package dev.satpage.imagery.fetch;

import dev.satpage.imagery.codec.ImageFormat;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.imagery.plan.Planner;
import dev.satpage.imagery.plan.TilePlanner;
import dev.satpage.imagery.plan.TileRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any XYZ tile service described by a URI template with {@code {z}}, {@code {x}}, {@code {y}},
 * {@code {q}} (Bing quadkey) and {@code {key}} placeholders: {@code …/{z}/{x}/{y}.jpg}, Esri's
 * row-first {@code …/tile/{z}/{y}/{x}}, Bing's {@code …/tiles/a{q}.jpeg}. A template starting with
 * {@code /} is relative to the endpoint. Tiles may be JPEG or PNG (OpenStreetMap-style services
 * serve PNG).
 */
public final class TileApi implements ProviderApi {
  public static final String DEFAULT_TEMPLATE = "/tiles/{z}/{x}/{y}.jpg?key={key}";

  private final String template;
  private final Planner planner;
  private final int tileSize;
  private final String attribution;
  private final URI origin;

  public TileApi(URI endpoint, String template, int tileSize, String attribution) {
    this.template = template.startsWith("/") ? ProviderApi.base(endpoint) + template : template;
    if (!this.template.contains("{q}")
        && !(this.template.contains("{x}") && this.template.contains("{y}"))) {
      throw new IllegalArgumentException("tile template needs {z}/{x}/{y} or {q}: " + template);
    }
    this.tileSize = tileSize;
    this.planner = new TilePlanner(tileSize);
    this.attribution = attribution;
    this.origin = ProviderApi.originOf(URI.create(this.template.replaceAll("\\{[a-z]+}", "0")));
  }

  @Override
  public String name() {
    return "tiles";
  }

  @Override
  public String attribution() {
    return attribution;
  }

  @Override
  public Planner planner() {
    return planner;
  }

  public int tileSize() {
    return tileSize;
  }

  @Override
  public URI uriFor(PlannedImage image, String apiKey) {
    if (!(image instanceof TileRequest tile)) {
      throw new IllegalArgumentException("a tile service serves tiles, not " + image);
    }
    return URI.create(
        template
            .replace("{z}", Integer.toString(tile.zoom()))
            .replace("{x}", Long.toString(tile.x()))
            .replace("{y}", Long.toString(tile.y()))
            .replace("{q}", template.contains("{q}") ? tile.quadkey() : "")
            .replace("{key}", URLEncoder.encode(apiKey, StandardCharsets.UTF_8)));
  }

  @Override
  public List<ImageFormat> formats() {
    return List.of(ImageFormat.JPEG, ImageFormat.PNG);
  }

  @Override
  public URI origin() {
    return origin;
  }
}
