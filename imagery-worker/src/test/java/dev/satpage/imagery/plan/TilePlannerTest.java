package dev.satpage.imagery.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.PermanentFailure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TilePlannerTest {
  @Test
  void quadkey_matchesThePublishedBingTileSystemValues() {
    // https://learn.microsoft.com/bingmaps/articles/bing-maps-tile-system : tile (3, 5) at level 3 is "213".
    assertThat(QuadKey.of(3, 3, 5)).isEqualTo("213");
    assertThat(QuadKey.of(1, 0, 0)).isEqualTo("0");
    assertThat(QuadKey.of(1, 1, 0)).isEqualTo("1");
    assertThat(QuadKey.of(1, 0, 1)).isEqualTo("2");
    assertThat(QuadKey.of(1, 1, 1)).isEqualTo("3");
    assertThat(QuadKey.of(2, 3, 3)).isEqualTo("33");
    assertThat(QuadKey.tile("213")).containsExactly(3, 5);
    assertThat(QuadKey.tile(QuadKey.of(21, 1_234_567, 765_432))).containsExactly(1_234_567, 765_432);
    assertThatThrownBy(() -> QuadKey.tile("214")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tile_ofAKnownPixel_isTheFloorOfPixelOverTileSize() {
    // 4000 x 3000 at (0°, 0°) zoom 3: world 2048 px, page [-976, 3024) leaves the world, so use a small page.
    PagePlan plan = new TilePlanner(256).plan(new SatellitePageSpec(0.0, 0.0, 3, 512, 512, 100));

    // Page world pixels [768, 1280) x [768, 1280): tiles 3..4 in both axes, aligned, so no crop.
    assertThat(plan.requests()).containsExactly(
        new TileRequest(3, 3, 3, 256, 0, 0), new TileRequest(3, 4, 3, 256, 256, 0),
        new TileRequest(3, 3, 4, 256, 0, 256), new TileRequest(3, 4, 4, 256, 256, 256));
  }

  @ParameterizedTest(name = "{0}px tiles, {1},{2} z{3} {4}x{5}")
  @CsvSource({
    "256, 51.5007, -0.1246, 17, 4000, 3000",
    "512, 51.5007, -0.1246, 17, 4000, 3000",
    "256, -33.8568, 151.2153, 19, 3001, 2001",
    "512, 40.6892, -74.0445, 1, 256, 256",
    "512, 0.0001, 0.0001, 21, 8192, 8192",
  })
  void tiles_coverThePageExactly_withCropOffsetsInsideOneTile(int size, double lat, double lon, int zoom, int w, int h) {
    PagePlan plan = new TilePlanner(size).plan(new SatellitePageSpec(lat, lon, zoom, w, h, 100));
    List<TileRequest> tiles = plan.requests().stream().map(TileRequest.class::cast).toList();

    TileRequest first = tiles.getFirst();
    TileRequest last = tiles.getLast();
    assertThat(first.offsetX()).isBetween(-(size - 1), 0);
    assertThat(first.offsetY()).isBetween(-(size - 1), 0);
    assertThat(last.offsetX() + size).isBetween(w, w + size - 1);
    assertThat(last.offsetY() + size).isBetween(h, h + size - 1);
    int tileZoom = size == 512 ? zoom - 1 : zoom;
    for (TileRequest t : tiles) {
      assertThat(t.zoom()).isEqualTo(tileZoom);
      // the tile's own world pixels (at the page zoom) start where the page's left + offset says
      assertThat(t.x() * size).isEqualTo(plan.left() + t.offsetX());
      assertThat(t.y() * size).isEqualTo(plan.top() + t.offsetY());
    }
    long columns = tiles.stream().mapToLong(TileRequest::x).distinct().count();
    long rows = tiles.stream().mapToLong(TileRequest::y).distinct().count();
    assertThat(columns * rows).isEqualTo(tiles.size());
    assertThat(columns).isEqualTo((last.x() - first.x()) + 1);
  }

  @ParameterizedTest
  @ValueSource(ints = {256, 512})
  void pageBeyondThePole_isAPermanentFailure(int size) {
    assertThatThrownBy(() -> new TilePlanner(size).plan(new SatellitePageSpec(85.0, 0.0, 5, 4000, 3000, 1000)))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> assertThat(e.reason()).isEqualTo("imagery-out-of-range"));
  }
}
