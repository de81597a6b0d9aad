package dev.satpage.devstack.imagery;

import dev.satpage.model.geo.GeoPoint;
import dev.satpage.model.geo.WebMercator;
import dev.satpage.model.geo.WorldPixel;
import java.awt.image.BufferedImage;

/**
 * The world pixels an image shows: output pixel (i, j) is world pixel ({@code left + i}, {@code top + j}) at {@code zoom}.
 * This is the geometry contract between the simulator and the modules that plan and stitch imagery.
 */
public record ImageWindow(int zoom, long left, long top, int width, int height) {
  public ImageWindow {
    if (zoom < 0 || zoom > WebMercator.MAX_ZOOM) {
      throw new IllegalArgumentException("zoom out of range: " + zoom);
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
    }
  }

  /** The window of a {@code width}×{@code height} image centred on {@code centre}, rounded as {@link WebMercator#origin}. */
  public static ImageWindow centred(GeoPoint centre, int zoom, int width, int height) {
    WorldPixel p = WebMercator.toPixel(centre, zoom);
    return new ImageWindow(zoom, WebMercator.origin(p.x(), width), WebMercator.origin(p.y(), height), width, height);
  }

  /** The window of XYZ tile ({@code x}, {@code y}) at {@code zoom}: world pixels [x·256, x·256 + 256) × [y·256, …). */
  public static ImageWindow tile(int zoom, long x, long y) {
    int size = WebMercator.TILE_SIZE;
    return new ImageWindow(zoom, x * size, y * size, size, size);
  }

  /**
   * The window of a 512-px tile ({@code x}, {@code y}) at tile zoom {@code zoom}: it has the ground resolution of a 256-px
   * tile one level deeper, so it shows world pixels [x·512, x·512 + 512) × [y·512, …) at {@code zoom + 1}.
   */
  public static ImageWindow tile512(int zoom, long x, long y) {
    int size = 2 * WebMercator.TILE_SIZE;
    return new ImageWindow(zoom + 1, x * size, y * size, size, size);
  }

  /** The synthetic picture of this window, exactly as the simulator renders it before JPEG encoding. */
  public BufferedImage render() {
    return SyntheticTerrain.render(zoom, left, top, width, height);
  }
}
