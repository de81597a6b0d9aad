package dev.satpage.imagery.plan;

import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.geo.GeoPoint;
import dev.satpage.model.geo.WebMercator;
import dev.satpage.model.geo.WorldPixel;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a page into a grid of centred static-map images of at most {@code maxWidth} x {@code maxHeight}: Bing's limit
 * is 2000 x 1500 (a 4000 x 3000 page is a 2 x 2 grid), Azure Maps Render v2's 8192 x 8192 (one request). Each image's
 * centre is placed so that the provider's own rounding ({@link WebMercator#origin}) puts its top-left exactly at the
 * planned world pixel, so neighbouring images abut without gap or overlap.
 */
public final class CentredGridPlanner implements Planner {
  public static final int BING_MAX_WIDTH = 2000;
  public static final int BING_MAX_HEIGHT = 1500;
  public static final int AZURE_MAX_SIZE = 8192;
  public static final int AZURE_MAX_ZOOM = 20;

  private final int maxWidth;
  private final int maxHeight;
  private final int maxZoom;

  public CentredGridPlanner(int maxWidth, int maxHeight, int maxZoom) {
    if (maxWidth < 1 || maxHeight < 1) {
      throw new IllegalArgumentException("max image size must be positive: " + maxWidth + "x" + maxHeight);
    }
    this.maxWidth = maxWidth;
    this.maxHeight = maxHeight;
    this.maxZoom = maxZoom;
  }

  /** Bing Maps static imagery: 2000 x 1500 per image, zoom 1–21. */
  public static CentredGridPlanner bing() {
    return new CentredGridPlanner(BING_MAX_WIDTH, BING_MAX_HEIGHT, WebMercator.MAX_ZOOM);
  }

  /** Azure Maps Render v2 static image: up to 8192 x 8192 per image, zoom 0–20. */
  public static CentredGridPlanner azure() {
    return new CentredGridPlanner(AZURE_MAX_SIZE, AZURE_MAX_SIZE, AZURE_MAX_ZOOM);
  }

  @Override
  public PagePlan plan(SatellitePageSpec spec) {
    int zoom = spec.zoom();
    if (zoom > maxZoom) {
      throw new PermanentFailure("imagery-out-of-range", "zoom " + zoom + " is beyond the provider's " + maxZoom);
    }
    long[] origin = Planner.pageOrigin(spec);
    long left = origin[0];
    long top = origin[1];
    int[] widths = split(spec.widthPx(), maxWidth);
    int[] heights = split(spec.heightPx(), maxHeight);
    List<PlannedImage> requests = new ArrayList<>(widths.length * heights.length);
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
