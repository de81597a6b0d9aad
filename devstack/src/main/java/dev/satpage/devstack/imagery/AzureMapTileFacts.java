package dev.satpage.devstack.imagery;

/**
 * Azure Maps Render "Get Map Tile", api-version 2024-04-01 ({@code GET /map/tile}), for the
 * microsoft.imagery tileset, as Microsoft documents it. Sources, all read 2026-12-02:
 *
 * <ul>
 *   <li>[SPEC] github.com/Azure/azure-rest-api-specs,
 *       specification/maps/data-plane/Render/stable/2024-04-01/render.json, path "/map/tile" and
 *       the TilesetID enum;
 *   <li>[REF]
 *       https://learn.microsoft.com/rest/api/maps/render/get-map-tile?view=rest-maps-2024-04-01
 *       (generated from [SPEC]);
 *   <li>[GRID] https://learn.microsoft.com/azure/azure-maps/zoom-levels-and-tile-grid;
 *   <li>[MIGRATE] https://learn.microsoft.com/azure/azure-maps/migrate-render-v1-api ("Imagery
 *       tiles: /map/tile and tilesetId=microsoft.imagery").
 * </ul>
 *
 * Authentication, api-version and the error body are those of {@link AzureStaticImageFacts}.
 */
final class AzureMapTileFacts {
  private AzureMapTileFacts() {}

  /** [SPEC] paths "/map/tile"; [MIGRATE] (read 2026-12-02). */
  static final String PATH = "/map/tile";

  /** [SPEC] tilesetId is required (read 2026-12-02). */
  static final String IMAGERY_TILESET = "microsoft.imagery";

  /**
   * [SPEC] TilesetID microsoft.imagery: "A combination of satellite or aerial imagery. Only
   * available in S1 and G2 pricing SKU. Supports zoom levels 1 through 19. Format: raster (png)."
   * (read 2026-12-02). Older SDK pages (the 2022-08-01 era .NET MapTileSetId.MicrosoftImagery) said
   * "raster (jpeg)"; the 2024-04-01 spec says png, and png is what is served.
   */
  static final int MIN_ZOOM = 1;

  static final int MAX_ZOOM = 19;
  static final String CONTENT_TYPE = "image/png";

  /** [SPEC] tileSize enum "256" ("Return a 256 by 256 pixel tile.") and "512" (read 2026-12-02). */
  static final int SMALL_TILE = 256;

  static final int LARGE_TILE = 512;

  /**
   * [SPEC] states no default for tileSize; 256 is assumed (Render v1's imagery tile was 256 × 256
   * only, and [GRID] says the SDKs use 256 × 256 tiles for satellite imagery) (read 2026-12-02).
   */
  static final int DEFAULT_TILE = SMALL_TILE;

  /**
   * [SPEC] x and y: "Value must be in the range [0, 2^zoom -1]" — the same grid for both tile
   * sizes, so a 512-px tile covers the ground of the 256-px tile with the same (zoom, x, y) at
   * twice the resolution; [GRID]: "Each additional zoom level quad-divides the tiles of the
   * previous one, creating a grid of 2^zoom x 2^zoom" (read 2026-12-02).
   */
  static long tilesPerSide(int zoom) {
    return 1L << zoom;
  }
}
