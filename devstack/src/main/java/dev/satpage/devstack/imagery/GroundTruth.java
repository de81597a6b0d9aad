package dev.satpage.devstack.imagery;

import java.awt.image.BufferedImage;

/**
 * What a provider without any size limit would deliver, derived from the simulator's own projection
 * ({@link TileSystem}, written from Microsoft's tile-system article) and not from the planner's
 * maths: seam and size tests compare stitched pages with these pixels.
 */
public final class GroundTruth {
  private GroundTruth() {}

  /**
   * The exact (pre-encoding) pixels of one {@code width}×{@code height} image centred on (latitude,
   * longitude) at level of detail {@code zoom} of the Bing Maps Tile System (world = 256 · 2^zoom
   * pixels), placed with the simulator's centring rule: top-left world pixel = {@code
   * Math.round(centre − size / 2)} (an assumption — see {@link ImageWindow#centred}).
   *
   * <p>Zoom numbers differ between providers: Bing's static-map {@code zoomLevel} z is level z;
   * Azure Render 2024-04-01 draws zoom z on a 512-pixel grid, so an Azure static image at zoom z is
   * level z + 1 here ({@link #azureStatic}).
   */
  public static BufferedImage centred(
      double latitude, double longitude, int zoom, int width, int height) {
    return ImageWindow.centred(latitude, longitude, zoom, width, height).render();
  }

  /**
   * {@link #centred} for an Azure Maps static image requested at Azure {@code zoom}: level {@code
   * zoom + 1}.
   */
  public static BufferedImage azureStatic(
      double latitude, double longitude, int zoom, int width, int height) {
    return centred(latitude, longitude, AzureStaticImageFacts.level(zoom), width, height);
  }
}
