package dev.satpage.imagery.plan;

import dev.satpage.imagery.provider.AzureMapsFacts;
import dev.satpage.imagery.provider.BingMapsFacts;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.geo.GeoPoint;
import dev.satpage.model.geo.WebMercator;
import dev.satpage.model.geo.WorldPixel;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a page into a grid of centred static images within one provider's documented limits: a
 * 4000 x 3000 page is a 2 x 2 grid of 2000 x 1500 for both Bing Maps and Azure Maps Render
 * 2024-04-01 ({@link BingMapsFacts}, {@link AzureMapsFacts}). Neighbouring images abut without gap
 * or overlap. A page's zoom is a level of the 256-pixel tile system; an API may number its zooms
 * differently (Azure's static zoom z is level z + 1), which its limits say.
 *
 * <p>Where a centred image starts: neither provider documents how it places an image whose centre
 * is not on a pixel boundary — whether its top-left pixel is the floor or the rounding of {@code
 * centre - size / 2}. So each image's centre is aimed at a quarter pixel past the planned top-left
 * ({@link #TOP_LEFT_NUDGE}): floor(n + 0.25) and round(n + 0.25) are both n, so either rule puts
 * the image exactly where the plan says. The 9 decimals of the coordinates we send (about 0.0004 px
 * at zoom 20) stay far inside that quarter-pixel margin.
 */
public final class CentredGridPlanner implements Planner {
  /**
   * How far past its planned top-left world pixel each image's top-left is aimed (see the class
   * comment).
   */
  public static final double TOP_LEFT_NUDGE = 0.25;

  /**
   * One provider's documented limits for one centred image.
   *
   * @param api the provider API, for failure messages (e.g. "Azure Maps Get Map Static Image
   *     (microsoft.imagery)")
   * @param minZoom the API's smallest {@code zoom} parameter (its own numbering)
   * @param maxZoom the API's largest {@code zoom} parameter
   * @param zoomToLevel what to add to the API's zoom to get the tile-system level it draws (Azure
   *     static 1, Bing 0)
   */
  public record Limits(
      String api,
      int minWidth,
      int maxWidth,
      int minHeight,
      int maxHeight,
      int minZoom,
      int maxZoom,
      int zoomToLevel) {
    public Limits {
      if (minWidth < 1
          || maxWidth < minWidth
          || minHeight < 1
          || maxHeight < minHeight
          || maxZoom < minZoom) {
        throw new IllegalArgumentException(
            "inconsistent limits: "
                + minWidth
                + ".."
                + maxWidth
                + " x "
                + minHeight
                + ".."
                + maxHeight
                + ", zoom "
                + minZoom
                + ".."
                + maxZoom);
      }
    }
  }

  private final Limits limits;

  public CentredGridPlanner(Limits limits) {
    this.limits = limits;
  }

  /** Bing Maps "Get a Static Map", Aerial: 80–2000 x 80–1500 px per image, zoom 0–20. */
  public static CentredGridPlanner bing() {
    return new CentredGridPlanner(
        new Limits(
            "Bing Maps Get a Static Map (Aerial)",
            BingMapsFacts.MIN_WIDTH,
            BingMapsFacts.MAX_WIDTH,
            BingMapsFacts.MIN_HEIGHT,
            BingMapsFacts.MAX_HEIGHT,
            BingMapsFacts.MIN_ZOOM,
            BingMapsFacts.MAX_ZOOM,
            0));
  }

  /**
   * Azure Maps Render 2024-04-01 Get Map Static Image, microsoft.imagery: 80–2000 x 80–1500 px,
   * zoom 0–19, where Azure zoom z is level z + 1 (pages of level 1–20).
   */
  public static CentredGridPlanner azure() {
    return new CentredGridPlanner(
        new Limits(
            "Azure Maps Get Map Static Image (" + AzureMapsFacts.IMAGERY_TILESET + ")",
            AzureMapsFacts.STATIC_MIN_WIDTH,
            AzureMapsFacts.STATIC_MAX_WIDTH,
            AzureMapsFacts.STATIC_MIN_HEIGHT,
            AzureMapsFacts.STATIC_MAX_HEIGHT,
            AzureMapsFacts.STATIC_IMAGERY_MIN_ZOOM,
            AzureMapsFacts.STATIC_IMAGERY_MAX_ZOOM,
            AzureMapsFacts.STATIC_ZOOM_TO_LEVEL));
  }

  public Limits limits() {
    return limits;
  }

  @Override
  public PagePlan plan(SatellitePageSpec spec) {
    int zoom = spec.zoom();
    int apiZoom = zoom - limits.zoomToLevel();
    if (apiZoom < limits.minZoom() || apiZoom > limits.maxZoom()) {
      throw new PermanentFailure(
          FailureReason.IMAGERY_OUT_OF_RANGE,
          "page zoom "
              + zoom
              + " needs zoom "
              + apiZoom
              + ", outside "
              + limits.api()
              + "'s documented "
              + limits.minZoom()
              + "–"
              + limits.maxZoom());
    }
    long[] origin = Planner.pageOrigin(spec);
    long left = origin[0];
    long top = origin[1];
    int[] widths = split(spec.widthPx(), limits.maxWidth());
    int[] heights = split(spec.heightPx(), limits.maxHeight());
    if (widths[widths.length - 1] < limits.minWidth()
        || heights[heights.length - 1] < limits.minHeight()) {
      throw new PermanentFailure(
          FailureReason.IMAGERY_OUT_OF_RANGE,
          "page "
              + spec.widthPx()
              + "x"
              + spec.heightPx()
              + " cannot be split into images of at least "
              + limits.minWidth()
              + "x"
              + limits.minHeight()
              + " for "
              + limits.api());
    }
    List<PlannedImage> requests = new ArrayList<>(widths.length * heights.length);
    int offsetY = 0;
    for (int h : heights) {
      int offsetX = 0;
      for (int w : widths) {
        double cx = left + offsetX + TOP_LEFT_NUDGE + w / 2.0;
        double cy = top + offsetY + TOP_LEFT_NUDGE + h / 2.0;
        GeoPoint geo = WebMercator.toGeo(new WorldPixel(cx, cy, zoom));
        requests.add(
            new ImageRequest(geo.latitude(), geo.longitude(), apiZoom, w, h, offsetX, offsetY));
        offsetX += w;
      }
      offsetY += h;
    }
    return new PagePlan(zoom, left, top, spec.widthPx(), spec.heightPx(), requests);
  }

  /**
   * Splits {@code total} into the fewest parts of at most {@code max}, as equal as possible (larger
   * parts first).
   */
  static int[] split(int total, int max) {
    int parts = Math.ceilDiv(total, max);
    int base = total / parts;
    int remainder = total % parts;
    int[] sizes = new int[parts];
    for (int i = 0; i < parts; i++) {
      sizes[i] = base + (i < remainder ? 1 : 0);
    }
    return sizes;
  }
}
