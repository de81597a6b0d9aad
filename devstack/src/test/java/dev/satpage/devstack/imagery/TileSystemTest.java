package dev.satpage.devstack.imagery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The simulator's projection against facts it did not compute: the worked values of Microsoft's
 * "Bing Maps Tile System" article
 * (https://learn.microsoft.com/bingmaps/articles/bing-maps-tile-system, read 2026-12-02) and
 * Google's published world/pixel/tile coordinates of Chicago
 * (https://developers.google.com/maps/documentation/javascript/coordinates, the page's "Showing
 * pixel and tile coordinates" example output, read 2026-12-02 as quoted by several public test
 * suites).
 */
class TileSystemTest {
  /**
   * Article table "Ground Resolution (meters / pixel)" at the Equator, levels 1 to 23, as printed
   * (4 decimals).
   */
  private static final double[] GROUND_RESOLUTION = {
    78_271.5170,
    39_135.7585,
    19_567.8792,
    9_783.9396,
    4_891.9698,
    2_445.9849,
    1_222.9925,
    611.4962,
    305.7481,
    152.8741,
    76.4370,
    38.2185,
    19.1093,
    9.5546,
    4.7773,
    2.3887,
    1.1943,
    0.5972,
    0.2986,
    0.1493,
    0.0746,
    0.0373,
    0.0187,
  };

  @Test
  void mapSize_isTheArticlesTable() {
    // "Level 1 ... 512 x 512 pixels ... Level 2 is 1024 x 1024 ... Level 3 is 2048 x 2048"; table
    // row 23: 2,147,483,648.
    assertThat(TileSystem.mapSize(1)).isEqualTo(512);
    assertThat(TileSystem.mapSize(2)).isEqualTo(1_024);
    assertThat(TileSystem.mapSize(3)).isEqualTo(2_048);
    assertThat(TileSystem.mapSize(17)).isEqualTo(33_554_432);
    assertThat(TileSystem.mapSize(23)).isEqualTo(2_147_483_648L);
    assertThatThrownBy(() -> TileSystem.mapSize(24)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void groundResolutionAtTheEquator_isTheArticlesTable() {
    for (int level = 1; level <= 23; level++) {
      assertThat(TileSystem.groundResolution(0, level))
          .as("level %d", level)
          .isCloseTo(GROUND_RESOLUTION[level - 1], within(0.00005 + 1e-9));
    }
  }

  @Test
  void mapScaleAt96Dpi_isTheArticlesTable() {
    // Table "Map Scale (at 96 dpi)": level 1 1 : 295,829,355.45; level 17 1 : 4,514.00; level 23 1
    // : 70.53.
    assertThat(TileSystem.mapScale(0, 1, 96)).isCloseTo(295_829_355.45, within(0.005));
    assertThat(TileSystem.mapScale(0, 17, 96)).isCloseTo(4_514.00, within(0.005));
    assertThat(TileSystem.mapScale(0, 23, 96)).isCloseTo(70.53, within(0.005));
  }

  @Test
  void latitude_isClippedTo85_05112878_soTheMapIsSquare() {
    // "the latitude must be clipped to range from -85.05112878 to 85.05112878"; at level 3 the
    // pixels run 0..2047.
    assertThat(TileSystem.pixel(85.05112878, -180, 3).y()).isCloseTo(0, within(1e-6));
    assertThat(TileSystem.pixel(-85.05112878, 180, 3).y()).isCloseTo(2048, within(1e-6));
    assertThat(TileSystem.pixel(-85.05112878, 180, 3).x()).isEqualTo(2048);
    assertThat(TileSystem.pixel(89.9, 10, 3).y())
        .isEqualTo(TileSystem.pixel(85.05112878, 10, 3).y());
    assertThat(TileSystem.pixel(-90, 10, 3).y())
        .isEqualTo(TileSystem.pixel(-85.05112878, 10, 3).y());
    assertThat(TileSystem.pixel(0, 0, 3)).isEqualTo(new TileSystem.Pixel(1024, 1024));
  }

  @Test
  void quadKey_isTheArticlesWorkedExample() {
    // "given tile XY coordinates of (3, 5) at level 3, the quadkey is ... 213".
    assertThat(TileSystem.quadKey(3, 5, 3)).isEqualTo("213");
    assertThat(TileSystem.tileOfQuadKey("213")).containsExactly(3, 5);
    // "tile 2 is the parent of tiles 20 through 23, and tile 13 is the parent of tiles 130 through
    // 133".
    for (int child = 0; child < 4; child++) {
      long[] parent = TileSystem.tileOfQuadKey("13");
      long[] tile = TileSystem.tileOfQuadKey("13" + child);
      assertThat(tile[0] / 2).isEqualTo(parent[0]);
      assertThat(tile[1] / 2).isEqualTo(parent[1]);
    }
    assertThatThrownBy(() -> TileSystem.tileOfQuadKey("14"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void chicago_isWhereGooglesCoordinatesPageSaysItIs() {
    // Google: Chicago (41.85, -87.65) has world coordinate (65.67111111111113, 95.17492654697409)
    // on a 256-px zoom-0 map; at zoom 3 pixel (525, 761) and tile (2, 2); at zoom 19 pixel
    // (34430575, 49899071) and tile (134494, 194918).
    TileSystem.Pixel world = TileSystem.pixel(41.85, -87.65, 0);
    assertThat(world.x()).isCloseTo(65.67111111111113, within(1e-9));
    assertThat(world.y()).isCloseTo(95.17492654697409, within(1e-9));

    TileSystem.Pixel zoom3 = TileSystem.pixel(41.85, -87.65, 3);
    assertThat(Math.floor(zoom3.x())).isEqualTo(525);
    assertThat(Math.floor(zoom3.y())).isEqualTo(761);
    assertThat(TileSystem.tileOf(zoom3.x())).isEqualTo(2);
    assertThat(TileSystem.tileOf(zoom3.y())).isEqualTo(2);

    TileSystem.Pixel zoom19 = TileSystem.pixel(41.85, -87.65, 19);
    assertThat(Math.floor(zoom19.x())).isEqualTo(34_430_575);
    assertThat(Math.floor(zoom19.y())).isEqualTo(49_899_071);
    assertThat(TileSystem.tileOf(zoom19.x())).isEqualTo(134_494);
    assertThat(TileSystem.tileOf(zoom19.y())).isEqualTo(194_918);
  }
}
