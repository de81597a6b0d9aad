package dev.satpage.imagery.provider;

import java.time.LocalDate;
import java.util.List;

/**
 * What Microsoft documents about Azure Maps Render 2024-04-01 for aerial imagery ({@code
 * tilesetId=microsoft.imagery}): the one place the worker takes Azure's limits, formats and signals
 * from. Every value names the page it was read from (read 2026-12-02); the devstack simulator reads
 * the same pages on its own, so a misreading on either side fails a test.
 *
 * <p>Sources, abbreviated below:
 *
 * <ul>
 *   <li>[spec] the published OpenAPI document, github.com/Azure/azure-rest-api-specs
 *       specification/maps/data-plane/Render/stable/2024-04-01/render.json (operations
 *       Render_GetMapStaticImage and Render_GetMapTile), rendered at
 *       https://learn.microsoft.com/rest/api/maps/render/get-map-static-image?view=rest-maps-2024-04-01
 *       and https://learn.microsoft.com/rest/api/maps/render/get-map-tile?view=rest-maps-2024-04-01
 *   <li>[auth] https://learn.microsoft.com/azure/azure-maps/azure-maps-authentication
 *   <li>[grid] https://learn.microsoft.com/azure/azure-maps/zoom-levels-and-tile-grid
 *   <li>[transactions]
 *       https://learn.microsoft.com/azure/azure-maps/understanding-azure-maps-transactions
 *   <li>[qps] https://learn.microsoft.com/azure/azure-maps/azure-maps-qps-rate-limits
 *   <li>[v1]
 *       https://learn.microsoft.com/rest/api/maps/render/get-map-static-image?view=rest-maps-1.0
 *       (retirement note)
 * </ul>
 */
public final class AzureMapsFacts {
  private AzureMapsFacts() {}

  /**
   * [spec] info.version; Render v1 (sizes up to 8192) is retired, see {@link #RENDER_V1_RETIRED}.
   */
  public static final String API_VERSION = "2024-04-01";

  /** [spec] TilesetID "microsoft.imagery": "A combination of satellite or aerial imagery." */
  public static final String IMAGERY_TILESET = "microsoft.imagery";

  /** [spec] x-ms-parameterized-host: the only endpoint. */
  public static final String ENDPOINT = "https://atlas.microsoft.com";

  /**
   * [auth] Shared Key: "add the subscription key as a parameter to the URL" ({@code
   * subscription-key}).
   */
  public static final String KEY_PARAMETER = "subscription-key";

  // ---- Get Map Static Image, GET /map/static ----
  /** [spec] Render_GetMapStaticImage path. */
  public static final String STATIC_PATH = "/map/static";

  /** [spec] width: "Range from 80 to 2000" (minimum 80, maximum 2000). */
  public static final int STATIC_MIN_WIDTH = 80;

  /** [spec] width maximum. */
  public static final int STATIC_MAX_WIDTH = 2000;

  /** [spec] height: "Range from 80 to 1500" (minimum 80, maximum 1500). */
  public static final int STATIC_MIN_HEIGHT = 80;

  /** [spec] height maximum. */
  public static final int STATIC_MAX_HEIGHT = 1500;

  /**
   * [spec] zoom: "Support zoom value range from 0-19 (inclusive) for tilesetId being
   * microsoft.imagery".
   */
  public static final int STATIC_IMAGERY_MIN_ZOOM = 0;

  /** [spec] see {@link #STATIC_IMAGERY_MIN_ZOOM}. */
  public static final int STATIC_IMAGERY_MAX_ZOOM = 19;

  /**
   * [spec] Azure's static-image zoom z is drawn on a world of 512 · 2^z pixels — level z + 1 of the
   * 256-pixel tile system our pages are defined in. Derived, not stated in words: the bbox table of
   * Get Map Static Image gives, per zoom, the longitude span of an image 80 and 2000 px wide, and
   * every row equals width / (512 · 2^z) · 360° (zoom 0: 56.25°; zoom 2: 351.5625°; zoom 10:
   * 0.0549316406°). So a page of level L is requested at Azure zoom L − 1.
   */
  public static final int STATIC_ZOOM_TO_LEVEL = 1;

  /** [spec] center: "Format: 'lon,lat'" — longitude first. */
  public static final String STATIC_CENTER_ORDER = "lon,lat";

  /**
   * [spec] Accept header: "Allowed media types include image/jpeg and image/png. Return image in
   * image/png if Accept header is not specified." The worker asks for JPEG; a PNG answer means the
   * header was lost.
   */
  public static final String STATIC_ACCEPT = "image/jpeg";

  // ---- Get Map Tile, GET /map/tile ----
  /** [spec] Render_GetMapTile path. */
  public static final String TILE_PATH = "/map/tile";

  /** [spec] TilesetID microsoft.imagery: "Supports zoom levels 1 through 19." */
  public static final int TILE_IMAGERY_MIN_ZOOM = 1;

  /** [spec] see {@link #TILE_IMAGERY_MIN_ZOOM}. */
  public static final int TILE_IMAGERY_MAX_ZOOM = 19;

  /**
   * [spec] tileSize: "256" or "512" ("Return a 256 by 256 pixel tile", "… 512 by 512 …"). x and y
   * are "in the range [0, 2^zoom − 1]" whatever the size, and [grid] "each additional zoom level
   * quad-divides the tiles of the previous one": a 512-px tile covers the ground of the 256-px tile
   * of the same zoom with twice the pixels per side, i.e. the ground resolution of 256-px tiles one
   * level deeper.
   */
  public static final List<Integer> TILE_SIZES = List.of(256, 512);

  /**
   * [spec] TilesetID microsoft.imagery: "Format: raster (png)"; the operation "produces" lists
   * image/jpeg and image/png and has no Accept parameter. (Older SDK reference pages say "raster
   * (jpeg)" for the same tileset, e.g.
   * https://learn.microsoft.com/dotnet/api/azure.maps.rendering.maptilesetid.microsoftimagery: the
   * documentation disagrees with itself, so the worker takes either and decides by Content-Type and
   * magic bytes.)
   */
  public static final List<String> TILE_MEDIA_TYPES = List.of("image/png", "image/jpeg");

  /**
   * [grid] "The Azure Maps SDK's use tiles … 512 x 512 pixels for road maps, and smaller 256 x 256
   * … for satellite imagery."
   */
  public static final int SDK_IMAGERY_TILE_SIZE = 256;

  // ---- Errors ----
  /**
   * [spec] every operation's default response is ErrorResponse: {@code
   * {"error":{"code":…,"message":…}}}. The spec names no per-status codes; the worker treats 4xx as
   * a refusal (permanent) and 408/429/5xx as busy (transient).
   */
  public static final String ERROR_BODY_SHAPE = "{\"error\":{\"code\":\"…\",\"message\":\"…\"}}";

  // ---- Retirements, SKU ----
  /** [v1] "The Azure Maps Render v1 service is now deprecated and will be retired on 9/17/26." */
  public static final LocalDate RENDER_V1_RETIRED = LocalDate.of(2026, 9, 17);

  /** [transactions] "Gen1 pricing tier is now deprecated and will be retired on 9/15/26." */
  public static final LocalDate GEN1_PRICING_RETIRED = LocalDate.of(2026, 9, 15);

  /**
   * [spec] microsoft.imagery: "Only available in S1 and G2 pricing SKU" — with Gen1 (S0/S1)
   * retired, Gen2 (G2).
   */
  public static final String IMAGERY_SKU = "G2 (Gen2); S1 was Gen1";

  // ---- Billing and throughput ----
  /**
   * [transactions] Render: "15 tiles = 1 transaction", meter "Maps Imagery Tiles (Gen2 pricing)".
   */
  public static final int TILES_PER_TRANSACTION = 15;

  /**
   * [transactions] Render: "One request for Get Static Map = 1 transaction", meter "Maps Static Map
   * Images".
   */
  public static final int STATIC_IMAGES_PER_TRANSACTION = 1;

  /** [qps] "Render service - Satellite tiles": 250 queries per second, Gen2 pricing tier. */
  public static final int SATELLITE_TILES_QPS = 250;

  /** [qps] "Render service - Static maps": 50 queries per second, Gen2 pricing tier. */
  public static final int STATIC_MAPS_QPS = 50;
}
