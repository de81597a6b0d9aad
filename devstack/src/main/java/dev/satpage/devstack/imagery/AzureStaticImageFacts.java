package dev.satpage.devstack.imagery;

/**
 * Azure Maps Render "Get Map Static Image", api-version 2024-04-01 ({@code GET /map/static}), as
 * Microsoft documents it. Sources, all read 2026-12-02:
 *
 * <ul>
 *   <li>[SPEC] the published REST spec, github.com/Azure/azure-rest-api-specs,
 *       specification/maps/data-plane/Render/stable/2024-04-01/render.json, path "/map/static";
 *   <li>[REF]
 *       https://learn.microsoft.com/rest/api/maps/render/get-map-static-image?view=rest-maps-2024-04-01
 *       (generated from [SPEC]);
 *   <li>[MIGRATE] https://learn.microsoft.com/azure/azure-maps/migrate-render-v1-api ("Notable
 *       differences");
 *   <li>[AUTH] https://learn.microsoft.com/azure/azure-maps/azure-maps-authentication ("Shared Key
 *       authentication").
 * </ul>
 */
final class AzureStaticImageFacts {
  private AzureStaticImageFacts() {}

  /** [SPEC] paths "/map/static"; [MIGRATE] "Static image path: /map/static" (read 2026-12-02). */
  static final String PATH = "/map/static";

  /**
   * [SPEC] info.version "2024-04-01" — the only version this simulator speaks (read 2026-12-02).
   */
  static final String API_VERSION = "2024-04-01";

  /**
   * [SPEC] tilesetId enum: microsoft.base.road, microsoft.base.darkgrey, microsoft.imagery (read
   * 2026-12-02).
   */
  static final String IMAGERY_TILESET = "microsoft.imagery";

  /**
   * [SPEC] tilesetId: "Default value is set to be microsoft.base.road" — a road map, not imagery
   * (read 2026-12-02).
   */
  static final String DEFAULT_TILESET = "microsoft.base.road";

  /**
   * [SPEC] zoom: "Support zoom value range from 0-19 (inclusive) for tilesetId being
   * microsoft.imagery" (read 2026-12-02).
   */
  static final int MIN_ZOOM = 0;

  static final int MAX_IMAGERY_ZOOM = 19;

  /** [SPEC] zoom: "Default value is 12." (read 2026-12-02). */
  static final int DEFAULT_ZOOM = 12;

  /**
   * [SPEC] width: "Range from 80 to 2000. Default is 512." minimum 80, maximum 2000 (read
   * 2026-12-02).
   */
  static final int MIN_WIDTH = 80;

  static final int MAX_WIDTH = 2000;

  /**
   * [SPEC] height: "Range from 80 to 1500. Default is 512." minimum 80, maximum 1500 (read
   * 2026-12-02).
   */
  static final int MIN_HEIGHT = 80;

  static final int MAX_HEIGHT = 1500;
  static final int DEFAULT_SIZE = 512;

  /**
   * [SPEC] center: "Format: 'lon,lat'. Longitude range: -180 to 180. Latitude range: -90 to 90."
   * (read 2026-12-02).
   */
  static final double MAX_CENTER_LONGITUDE = 180;

  static final double MAX_CENTER_LATITUDE = 90;

  /**
   * [SPEC] header Accept: "Allowed media types include image/jpeg and image/png. Return image in
   * image/png if Accept header is not specified."; [MIGRATE] "Accept header is image/png or
   * image/jpeg; PNG is the default" (read 2026-12-02).
   */
  static final String PNG = "image/png";

  static final String JPEG = "image/jpeg";

  /**
   * Shared key: [AUTH] "add the subscription key as a parameter to the URL" ({@code
   * subscription-key=}); [SPEC] securityDefinitions.SharedKeyAuth: apiKey named "subscription-key"
   * in the header (read 2026-12-02).
   */
  static final String KEY_PARAMETER = "subscription-key";

  static final String KEY_HEADER = "subscription-key";

  /**
   * Errors: [SPEC] responses.default is ErrorResponse = {@code {"error":{"code":…,"message":…}}}
   * (ErrorDetail also has target, details, additionalInfo). The 2024-04-01 spec does not list
   * statuses; the simulator answers 400 for parameters out of their documented range and 401 for a
   * missing or wrong key, the statuses RFC 9110 gives those cases (read 2026-12-02).
   */
  static final int BAD_REQUEST = 400;

  static final int UNAUTHORIZED = 401;

  /**
   * Azure's zoom z is drawn on a world of 512 · 2^z pixels, which is level z + 1 of the 256-pixel
   * {@link TileSystem}. Derived, not stated: [SPEC]'s bbox table gives, per zoom, the smallest and
   * largest longitude span of an image 80 to 2000 pixels wide, and every row equals width / (512 ·
   * 2^z) · 360° (zoom 0: 56.25 and 360 (capped); zoom 5: 1.7578125 and 43.9453125; zoom 20:
   * 5.36442E-05 and 0.0013411045) (read 2026-12-02). AzureStaticImageFactsTest recomputes the
   * table.
   */
  static final int WORLD_TILE_SIZE = 512;

  /** The {@link TileSystem} level of Azure static-image zoom {@code zoom}. */
  static int level(int zoom) {
    return zoom + 1;
  }
}
