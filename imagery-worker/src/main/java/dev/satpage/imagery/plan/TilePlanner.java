package dev.satpage.imagery.plan;

import dev.satpage.model.book.SatellitePageSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Covers a page with square tiles of 256 or 512 px. The page's world pixels are those of a centred image (so every
 * provider shows the same page for the same spec); 512-px tiles at tile zoom {@code z - 1} have the ground resolution of
 * 256-px tiles at {@code z} (the Mapbox / Azure convention), so both sizes address the same world pixels.
 */
public final class TilePlanner implements Planner {
  private final int tileSize;

  public TilePlanner(int tileSize) {
    if (tileSize != 256 && tileSize != 512) {
      throw new IllegalArgumentException("tile size must be 256 or 512: " + tileSize);
    }
    this.tileSize = tileSize;
  }

  @Override
  public PagePlan plan(SatellitePageSpec spec) {
    long[] origin = Planner.pageOrigin(spec);
    long left = origin[0];
    long top = origin[1];
    int tileZoom = tileSize == 512 ? spec.zoom() - 1 : spec.zoom();
    long firstX = Math.floorDiv(left, tileSize);
    long lastX = Math.floorDiv(left + spec.widthPx() - 1, tileSize);
    long firstY = Math.floorDiv(top, tileSize);
    long lastY = Math.floorDiv(top + spec.heightPx() - 1, tileSize);
    List<PlannedImage> tiles = new ArrayList<>((int) ((lastX - firstX + 1) * (lastY - firstY + 1)));
    for (long y = firstY; y <= lastY; y++) {
      for (long x = firstX; x <= lastX; x++) {
        tiles.add(new TileRequest(tileZoom, x, y, tileSize, (int) (x * tileSize - left), (int) (y * tileSize - top)));
      }
    }
    return new PagePlan(spec.zoom(), left, top, spec.widthPx(), spec.heightPx(), tiles);
  }
}
