package dev.satpage.imagery.provider;

import java.time.Duration;
import java.time.LocalDate;

/**
 * What Microsoft documents about the Bing Maps REST "Get a Static Map" API for aerial imagery: the
 * one place the worker takes Bing's limits, formats and signals from. Every value names the page it
 * was read from (read 2026-12-02).
 *
 * <p>Sources, abbreviated below:
 *
 * <ul>
 *   <li>[static] https://learn.microsoft.com/bingmaps/rest-services/imagery/get-a-static-map
 *       (source: github.com/MicrosoftDocs/bingmaps-docs, "Get a Static Map")
 *   <li>[errors] https://learn.microsoft.com/bingmaps/rest-services/status-codes-and-error-handling
 *   <li>[response] https://learn.microsoft.com/bingmaps/rest-services/common-response-description
 *   <li>[terms] https://www.microsoft.com/en-us/maps/bing-maps/product/terms-january-2020
 *       (retirement banner) and https://www.bingmapsportal.com/terms/PrintRights
 * </ul>
 */
public final class BingMapsFacts {
  private BingMapsFacts() {}

  /** [static] URL template host. */
  public static final String ENDPOINT = "https://dev.virtualearth.net";

  /**
   * [static]
   * "…/REST/v1/Imagery/Map/imagerySet/centerPoint/zoomLevel?mapSize={mapSize}&format={format}&key=…".
   */
  public static final String PATH = "/REST/v1/Imagery/Map/";

  /** [static] imagerySet "Aerial: Aerial imagery." */
  public static final String IMAGERY_SET = "Aerial";

  /**
   * [static] mapSize: "The width must be between 80 and 2000 pixels and the height must be between
   * 80 and 1500".
   */
  public static final int MIN_WIDTH = 80;

  /** [static] see {@link #MIN_WIDTH}. */
  public static final int MAX_WIDTH = 2000;

  /** [static] see {@link #MIN_WIDTH}. */
  public static final int MIN_HEIGHT = 80;

  /** [static] see {@link #MIN_WIDTH}. */
  public static final int MAX_HEIGHT = 1500;

  /**
   * [static] "If the width or height dimension exceeds the limits, the default dimensions will be
   * used" (350 x 350): an oversized request is not refused, it silently returns the wrong image —
   * the worker's size check catches it.
   */
  public static final int DEFAULT_SIZE = 350;

  /**
   * [static] zoomLevel: "An integer between 0 and 20." That zoomLevel z is level z of the Bing Maps
   * Tile System (world 256 · 2^z px,
   * https://learn.microsoft.com/bingmaps/articles/bing-maps-tile-system) is our reading: the
   * static-map page does not restate it (Azure's static zoom, by contrast, is documented one level
   * off: AzureMapsFacts).
   */
  public static final int MIN_ZOOM = 0;

  /** [static] see {@link #MIN_ZOOM}. */
  public static final int MAX_ZOOM = 20;

  /**
   * [static] format "jpeg: … JPEG format is the default for Road, Aerial and AerialWithLabels
   * imagery"; sent anyway.
   */
  public static final String FORMAT = "jpeg";

  /**
   * [static] Response: "JPEG (image/jpeg): Default image format for road, aerial and
   * aerial-with-labels imagery."
   */
  public static final String MEDIA_TYPE = "image/jpeg";

  /**
   * [errors] "Handling empty responses: … the servers … can be overloaded, and you may receive some
   * responses that contain no results … If the HTTP header X-MS-BM-WS-INFO is set to 1, it is best
   * to wait a few seconds and try again." No status is named: the header decides, whatever the
   * status.
   */
  public static final String OVERLOAD_HEADER = "X-MS-BM-WS-INFO";

  /** [errors] the header's overload value. */
  public static final String OVERLOAD_VALUE = "1";

  /** [errors] "wait a few seconds": our reading, 3 s, honoured like a Retry-After. */
  public static final Duration OVERLOAD_WAIT = Duration.ofSeconds(3);

  /**
   * [errors] "429 Too Many Requests … The account is being rate limited"; "503 Service Unavailable
   * … try again later".
   */
  public static final int TOO_MANY_REQUESTS = 429;

  /**
   * [response] error bodies are JSON with statusCode, statusDescription, authenticationResultCode,
   * errorDetails[].
   */
  public static final String ERROR_BODY_FIELDS =
      "statusCode, statusDescription, authenticationResultCode, errorDetails";

  /**
   * [terms], [static] banner: "Free (Basic) account customers can continue to use … until June
   * 30th, 2025."
   */
  public static final LocalDate BASIC_KEYS_END = LocalDate.of(2025, 6, 30);

  /**
   * [terms], [static] banner: "Enterprise account customers can continue to use … until June 30th,
   * 2028."
   */
  public static final LocalDate ENTERPRISE_KEYS_END = LocalDate.of(2028, 6, 30);
}
