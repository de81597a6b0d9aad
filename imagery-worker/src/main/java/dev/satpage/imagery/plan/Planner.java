package dev.satpage.imagery.plan;

import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.geo.GeoPoint;
import dev.satpage.model.geo.WebMercator;
import dev.satpage.model.geo.WorldPixel;

/** Turns a page spec into the provider images that cover it exactly. Pure. */
public interface Planner {
  /** The page's world-pixel rectangle and its images, in row-major order. */
  PagePlan plan(SatellitePageSpec spec);

  /**
   * The page's top-left world pixel at the spec's zoom: {@code round(centre - size / 2)} ({@link
   * WebMercator#origin}), where one centred image of the page's size would start. That is our
   * definition of the page, not a provider fact: the planners then place every provider image
   * exactly relative to it. A page that leaves the world is a permanent failure.
   */
  static long[] pageOrigin(SatellitePageSpec spec) {
    int zoom = spec.zoom();
    WorldPixel centre = WebMercator.toPixel(new GeoPoint(spec.latitude(), spec.longitude()), zoom);
    long left = WebMercator.origin(centre.x(), spec.widthPx());
    long top = WebMercator.origin(centre.y(), spec.heightPx());
    long world = WebMercator.mapSize(zoom);
    if (left < 0 || top < 0 || left + spec.widthPx() > world || top + spec.heightPx() > world) {
      // Providers cannot serve pixels beyond the poles or across the antimeridian as one continuous
      // strip.
      throw new PermanentFailure(
          FailureReason.IMAGERY_OUT_OF_RANGE,
          "page "
              + spec.widthPx()
              + "x"
              + spec.heightPx()
              + " at world pixel "
              + left
              + ","
              + top
              + " leaves the "
              + world
              + "-px world at zoom "
              + zoom);
    }
    return new long[] {left, top};
  }
}
