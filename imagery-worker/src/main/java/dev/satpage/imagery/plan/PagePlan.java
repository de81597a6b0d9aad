package dev.satpage.imagery.plan;

import java.util.List;

/**
 * Where a page lies in Web Mercator world pixels at {@code zoom} (top-left {@code left}, {@code
 * top}; size {@code width} x {@code height}), and the provider images that cover it exactly (static
 * maps without gap or overlap; tiles possibly reaching beyond the page edges).
 */
public record PagePlan(
    int zoom, long left, long top, int width, int height, List<PlannedImage> requests) {
  public PagePlan {
    requests = List.copyOf(requests);
  }
}
