package dev.satpage.imagery.plan;

import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.geo.GeoPoint;
import dev.satpage.model.geo.WebMercator;
import dev.satpage.model.geo.WorldPixel;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a page into a grid of provider images of at most {@code maxWidth} x {@code maxHeight} (Bing's static map limit
 * is 2000 x 1500). Each image's centre is placed so that the provider's own rounding ({@link WebMercator#origin}) puts
 * its top-left exactly at the planned world pixel, so neighbouring images abut without gap or overlap.
 */
public final class BingGridPlanner {
  public static final int BING_MAX_WIDTH = 2000;
  public static final int BING_MAX_HEIGHT = 1500;

  private final int maxWidth;
  private final int maxHeight;

  public BingGridPlanner(int maxWidth, int maxHeight) {
    if (maxWidth < 1 || maxHeight < 1) {
      throw new IllegalArgumentException("max image size must be positive: " + maxWidth + "x" + maxHeight);
    }
    this.maxWidth = maxWidth;
    this.maxHeight = maxHeight;
  }

  public BingGridPlanner() {
    this(BING_MAX_WIDTH, BING_MAX_HEIGHT);
  }

  /** The page's world-pixel rectangle and its images, in row-major order. */
  public PagePlan plan(SatellitePageSpec spec) {
    int zoom = spec.zoom();
    WorldPixel centre = WebMercator.toPixel(new GeoPoint(spec.latitude(), spec.longitude()), zoom);
    long left = WebMercator.origin(centre.x(), spec.widthPx());
    long top = WebMercator.origin(centre.y(), spec.heightPx());
    long world = WebMercator.mapSize(zoom);
    if (left < 0 || top < 0 || left + spec.widthPx() > world || top + spec.heightPx() > world) {
      // The provider cannot serve pixels beyond the poles or across the antimeridian as one continuous strip.
      throw new PermanentFailure(
          "imagery-out-of-range",
          "page " + spec.widthPx() + "x" + spec.heightPx() + " at world pixel " + left + "," + top
              + " leaves the " + world + "-px world at zoom " + zoom);
    }
    int[] widths = split(spec.widthPx(), maxWidth);
    int[] heights = split(spec.heightPx(), maxHeight);
    List<ImageRequest> requests = new ArrayList<>(widths.length * heights.length);
    int offsetY = 0;
    for (int h : heights) {
      int offsetX = 0;
      for (int w : widths) {
        // Centre = tile origin + half its size; for odd sizes this is a half pixel, which origin() subtracts back exactly.
        double cx = left + offsetX + w / 2.0;
        double cy = top + offsetY + h / 2.0;
        GeoPoint geo = WebMercator.toGeo(new WorldPixel(cx, cy, zoom));
        requests.add(new ImageRequest(geo.latitude(), geo.longitude(), zoom, w, h, offsetX, offsetY));
        offsetX += w;
      }
      offsetY += h;
    }
    return new PagePlan(zoom, left, top, spec.widthPx(), spec.heightPx(), requests);
  }

  /** Splits {@code total} into the fewest parts of at most {@code max}, as equal as possible (larger parts first). */
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
