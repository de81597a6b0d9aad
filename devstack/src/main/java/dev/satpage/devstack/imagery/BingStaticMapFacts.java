package dev.satpage.devstack.imagery;

/**
 * Bing Maps REST "Get a Static Map" centred on a point ({@code GET
 * /REST/v1/Imagery/Map/{imagerySet}/{centerPoint}/ {zoomLevel}?mapSize=W,H&key=K}), as Microsoft
 * documents it. Sources, all read 2026-12-02:
 *
 * <ul>
 *   <li>[STATIC] https://learn.microsoft.com/bingmaps/rest-services/imagery/get-a-static-map;
 *   <li>[STATUS]
 *       https://learn.microsoft.com/bingmaps/rest-services/status-codes-and-error-handling;
 *   <li>[RESPONSE] https://learn.microsoft.com/bingmaps/rest-services/common-response-description;
 *   <li>[TILES] https://learn.microsoft.com/bingmaps/articles/bing-maps-tile-system (the
 *       projection, {@link TileSystem}).
 * </ul>
 *
 * Retirement, from the banner on those pages: Basic (free) keys until June 30th 2025, Enterprise
 * keys until June 30th 2028.
 */
final class BingStaticMapFacts {
  private BingStaticMapFacts() {}

  /**
   * [STATIC] imagerySet values with aerial imagery: Aerial, AerialWithLabels,
   * AerialWithLabelsOnDemand (read 2026-12-02).
   */
  static final String IMAGERY_SETS = "Aerial|AerialWithLabels|AerialWithLabelsOnDemand";

  /** [STATIC] zoomLevel: "Required. ... An integer between 0 and 20." (read 2026-12-02). */
  static final int MIN_ZOOM = 0;

  static final int MAX_ZOOM = 20;

  /**
   * [STATIC] mapSize (alias ms): "The width must be between 80 and 2000 pixels and the height must
   * be between 80 and 1500 pixels. The default map size for static maps is 350 pixels by 350
   * pixels." (read 2026-12-02).
   */
  static final int MIN_SIZE = 80;

  static final int MAX_WIDTH = 2000;
  static final int MAX_HEIGHT = 1500;
  static final int DEFAULT_SIZE = 350;

  /**
   * [STATIC] format (alias fmt): gif, jpeg, png; "JPEG (image/jpeg): Default image format for road,
   * aerial and aerial-with-labels imagery" (read 2026-12-02). GIF is documented but not simulated
   * (answered 400).
   */
  static final String JPEG = "image/jpeg";

  static final String PNG = "image/png";

  /** [STATIC] URL templates end with {@code key={BingMapsKey}} (read 2026-12-02). */
  static final String KEY_PARAMETER = "key";

  /**
   * [STATUS] "400 Bad Request: The request contained an error."; "401 Unauthorized: Access was
   * denied. You may have entered your credentials incorrectly, or you might not have access to the
   * requested resource or operation."; "503 Service Unavailable" (read 2026-12-02).
   */
  static final int BAD_REQUEST = 400;

  static final int UNAUTHORIZED = 401;
  static final String UNAUTHORIZED_DETAIL =
      "Access was denied. You may have entered your credentials incorrectly, or you"
          + " might not have access to the requested resource or operation.";

  /**
   * [STATUS] "Handling empty responses": when servers are overloaded "you may receive some
   * responses that contain no results for queries that you would normally receive a result. ... If
   * the HTTP header X-MS-BM-WS-INFO is set to 1, it is best to wait a few seconds and try again."
   * (read 2026-12-02). The page names no status for it; a response that "contains no results" is
   * read as a successful one, so the simulator sends 200 with the header and an empty body.
   */
  static final String OVERLOAD_HEADER = "X-MS-BM-WS-INFO";

  static final String OVERLOAD_VALUE = "1";
  static final int OVERLOAD_STATUS = 200;
}
