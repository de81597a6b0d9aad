package dev.satpage.imagery.experiment;

import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.imagery.plan.Planner;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.geo.WebMercator;
import java.util.Optional;

/**
 * The ground rectangle a page shows, in Web Mercator world units ([0, 1] across the world at every
 * zoom: world pixels divided by {@link WebMercator#mapSize}), so pages of different zooms or sizes
 * can be laid on each other. Mercator is conformal: a square pixel stays square. Pure.
 */
public record GroundFrame(double left, double top, double width, double height) {
  public GroundFrame {
    if (!(width > 0 && height > 0)) {
      throw new IllegalArgumentException("a frame needs a positive size: " + width + "x" + height);
    }
  }

  /** The frame of a page of {@code spec} ({@link Planner#pageOrigin}: our definition of a page). */
  public static GroundFrame of(SatellitePageSpec spec) {
    long[] origin = Planner.pageOrigin(spec);
    return of(spec.zoom(), origin[0], origin[1], spec.widthPx(), spec.heightPx());
  }

  /** The frame of a planned page. */
  public static GroundFrame of(PagePlan plan) {
    return of(plan.zoom(), plan.left(), plan.top(), plan.width(), plan.height());
  }

  static GroundFrame of(int zoom, long left, long top, int width, int height) {
    double size = WebMercator.mapSize(zoom);
    return new GroundFrame(left / size, top / size, width / size, height / size);
  }

  /** The part both frames show; empty when they do not overlap. */
  public Optional<GroundFrame> intersect(GroundFrame other) {
    double l = Math.max(left, other.left);
    double t = Math.max(top, other.top);
    double r = Math.min(left + width, other.left + other.width);
    double b = Math.min(top + height, other.top + other.height);
    return r > l && b > t ? Optional.of(new GroundFrame(l, t, r - l, b - t)) : Optional.empty();
  }
}
