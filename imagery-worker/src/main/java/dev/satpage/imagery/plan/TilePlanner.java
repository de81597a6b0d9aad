package dev.satpage.imagery.plan;

import dev.satpage.imagery.provider.AzureMapsFacts;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.util.ArrayList;
import java.util.List;

/**
 * Covers a page with square tiles of 256 or 512 px. The page's world pixels are those of a centred
 * image (so every provider shows the same page for the same spec); a 512-px tile at tile zoom
 * {@code z - 1} has the ground resolution of a 256-px tile at {@code z} (Azure's tile grid is 2^z x
 * 2^z whatever the tile size, see {@link AzureMapsFacts}), so both sizes address the same world
 * pixels. Tiles are on the grid, so placement is exact: no rounding is involved.
 */
public final class TilePlanner implements Planner {
  private final int tileSize;
  private final int minTileZoom;
  private final int maxTileZoom;
  private final String api;

  /** A tile service with no documented zoom range of its own (any zoom the page spec allows). */
  public TilePlanner(int tileSize) {
    this(tileSize, 0, Integer.MAX_VALUE, "the tile service");
  }

  /**
   * A tile service that serves tile zooms {@code minTileZoom}–{@code maxTileZoom} only (the {@code
   * zoom} parameter).
   */
  public TilePlanner(int tileSize, int minTileZoom, int maxTileZoom, String api) {
    if (tileSize != 256 && tileSize != 512) {
      throw new IllegalArgumentException("tile size must be 256 or 512: " + tileSize);
    }
    this.tileSize = tileSize;
    this.minTileZoom = minTileZoom;
    this.maxTileZoom = maxTileZoom;
    this.api = api;
  }

  /**
   * Azure Maps Render 2024-04-01 Get Map Tile, microsoft.imagery: tile zoom 1–19, 256- or 512-px
   * tiles.
   */
  public static TilePlanner azure(int tileSize) {
    return new TilePlanner(
        tileSize,
        AzureMapsFacts.TILE_IMAGERY_MIN_ZOOM,
        AzureMapsFacts.TILE_IMAGERY_MAX_ZOOM,
        "Azure Maps Get Map Tile (" + AzureMapsFacts.IMAGERY_TILESET + ", " + tileSize + " px)");
  }

  public int tileSize() {
    return tileSize;
  }

  /** The tile zoom that serves a page of {@code pageZoom}. */
  public int tileZoom(int pageZoom) {
    return tileSize == 512 ? pageZoom - 1 : pageZoom;
  }

  @Override
  public PagePlan plan(SatellitePageSpec spec) {
    int tileZoom = tileZoom(spec.zoom());
    if (tileZoom < minTileZoom || tileZoom > maxTileZoom) {
      throw new PermanentFailure(
          FailureReason.IMAGERY_OUT_OF_RANGE,
          "page zoom "
              + spec.zoom()
              + " needs tile zoom "
              + tileZoom
              + ", outside "
              + api
              + "'s documented "
              + minTileZoom
              + "–"
              + maxTileZoom);
    }
    long[] origin = Planner.pageOrigin(spec);
    long left = origin[0];
    long top = origin[1];
    long firstX = Math.floorDiv(left, tileSize);
    long lastX = Math.floorDiv(left + spec.widthPx() - 1, tileSize);
    long firstY = Math.floorDiv(top, tileSize);
    long lastY = Math.floorDiv(top + spec.heightPx() - 1, tileSize);
    List<PlannedImage> tiles = new ArrayList<>((int) ((lastX - firstX + 1) * (lastY - firstY + 1)));
    for (long y = firstY; y <= lastY; y++) {
      for (long x = firstX; x <= lastX; x++) {
        tiles.add(
            new TileRequest(
                tileZoom, x, y, tileSize, (int) (x * tileSize - left), (int) (y * tileSize - top)));
      }
    }
    return new PagePlan(spec.zoom(), left, top, spec.widthPx(), spec.heightPx(), tiles);
  }
}
