package dev.satpage.devstack.imagery;

/**
 * The outcome of reading one provider request: an image to draw, or a refusal in that provider's
 * words.
 */
sealed interface Parsed permits Parsed.Image, Parsed.Rejected {

  /**
   * Which documented API a request belongs to: it decides the error body and which faults can hit
   * it.
   */
  enum Api {
    /**
     * Bing Maps REST static map: Bing JSON errors, can be overloaded ({@link
     * BingStaticMapFacts#OVERLOAD_HEADER}).
     */
    BING_STATIC,
    /** Azure Maps Render 2024-04-01, static image and tile: ErrorResponse bodies. */
    AZURE,
    /** Generic XYZ / Esri / Bing quadkey tiles: Bing-style JSON errors, as before. */
    TILES
  }

  Api api();

  record Image(Api api, ImageWindow window, ImageFormat format) implements Parsed {}

  record Rejected(Api api, int status, String detail) implements Parsed {}
}
