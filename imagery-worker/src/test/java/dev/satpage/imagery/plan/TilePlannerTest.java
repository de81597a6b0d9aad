package dev.satpage.imagery.plan;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TilePlannerTest {
  @Test
  void quadkey_matchesThePublishedBingTileSystemValues() {
    // https://learn.microsoft.com/bingmaps/articles/bing-maps-tile-system : tile (3, 5) at level 3
    // is "213".
    assertThat(QuadKey.of(3, 3, 5)).isEqualTo("213");
    assertThat(QuadKey.of(1, 0, 0)).isEqualTo("0");
    assertThat(QuadKey.of(1, 1, 0)).isEqualTo("1");
    assertThat(QuadKey.of(1, 0, 1)).isEqualTo("2");
    assertThat(QuadKey.of(1, 1, 1)).isEqualTo("3");
    assertThat(QuadKey.of(2, 3, 3)).isEqualTo("33");
    assertThat(QuadKey.tile("213")).containsExactly(3, 5);
    assertThat(QuadKey.tile(QuadKey.of(21, 1_234_567, 765_432)))
        .containsExactly(1_234_567, 765_432);
    assertThatThrownBy(() -> QuadKey.tile("214")).isInstanceOf(IllegalArgumentException.class);
    // mapbox/mercantile README (https://github.com/mapbox/mercantile, read 2026-12-02):
    // quadkey(486, 332, 10).
    assertThat(QuadKey.of(10, 486, 332)).isEqualTo("0313102310");
  }

  /**
   * mercantile's README: the upper-left corner of tile (486, 332) at zoom 10 is (-9.140625°,
   * 53.33087298301705°). A page centred on that corner has the tile's top-left at its centre:
   * 256-px tiles at zoom 10, or 512-px tiles at tile zoom 10 for a zoom-11 page (a 512 tile covers
   * the ground of the 256 tile of the same zoom, Azure's grid).
   */
  @ParameterizedTest(name = "{0}px tiles")
  @CsvSource({"256, 10, 256", "512, 11, 512"})
  void tileOfAPublishedCorner_landsAtThePageCentre(int size, int pageZoom, int pageSide) {
    PagePlan plan =
        TilePlanner.azure(size)
            .plan(
                new SatellitePageSpec(
                    53.33087298301705, -9.140625, pageZoom, pageSide, pageSide, 128));

    assertThat(plan.requests())
        .contains(new TileRequest(10, 486, 332, size, pageSide / 2, pageSide / 2))
        .hasSize(4);
  }

  /**
   * mercantile's README: tile (106, 193) at zoom 9 spans -105.46875..-104.765625° and
   * 39.909736..40.446947°. The tile under the centre of a small page around a point inside it is
   * that tile.
   */
  @Test
  void tileUnderThePageCentre_isThePublishedTileOfThatPoint() {
    PagePlan plan = new TilePlanner(256).plan(new SatellitePageSpec(40.2, -105.1, 9, 256, 256, 64));

    assertThat(plan.requests())
        .map(TileRequest.class::cast)
        .filteredOn(
            t ->
                t.offsetX() <= 128
                    && t.offsetX() + 256 > 128
                    && t.offsetY() <= 128
                    && t.offsetY() + 256 > 128)
        .singleElement()
        .isEqualTo(
            plan.requests().stream()
                .map(TileRequest.class::cast)
                .filter(t -> t.x() == 106 && t.y() == 193 && t.zoom() == 9)
                .findFirst()
                .orElseThrow());
  }

  /**
   * Azure Maps Render 2024-04-01 Get Map Tile, microsoft.imagery (azure-rest-api-specs
   * Render/stable/2024-04-01/ render.json, read 2026-12-02): zoom 1–19, tileSize 256 or 512, x and
   * y in [0, 2^zoom - 1]. Written out here, not taken from AzureMapsFacts. A 4000 x 3000 page is
   * 16–17 x 12–13 tiles of 256 or 8–9 x 6–7 of 512.
   */
  @ParameterizedTest(name = "{0}px z{1} at {2},{3}")
  @CsvSource({
    "256, 16, 51.4769, -0.0005", "256, 18, 51.4769, -0.0005", "512, 16, -33.8568, 151.2153",
    "512, 18, -33.8568, 151.2153", "256, 18, 64.1466, -21.9426", "512, 16, -1.2921, 36.8219",
    "256, 19, 40.6892, -74.0445", "512, 20, 40.6892, -74.0445", "512, 2, 10.0, 10.0",
  })
  void azurePrintPage_makesOnlyDocumentedTileRequests(int size, int zoom, double lat, double lon) {
    // At zoom 2 the world is 1024 px wide: a small page there, the print page everywhere else.
    SatellitePageSpec spec =
        zoom > 2
            ? SatellitePageSpec.of(lat, lon, zoom)
            : new SatellitePageSpec(lat, lon, zoom, 256, 256, 64);
    PagePlan plan = TilePlanner.azure(size).plan(spec);

    List<TileRequest> tiles = plan.requests().stream().map(TileRequest.class::cast).toList();
    assertThat(tiles)
        .allSatisfy(
            t -> {
              assertThat(t.zoom()).isBetween(1, 19);
              assertThat(t.size()).isIn(256, 512);
              assertThat(t.x()).isBetween(0L, (1L << t.zoom()) - 1);
              assertThat(t.y()).isBetween(0L, (1L << t.zoom()) - 1);
            });
    if (zoom > 2) {
      long columns = tiles.stream().mapToLong(TileRequest::x).distinct().count();
      long rows = tiles.stream().mapToLong(TileRequest::y).distinct().count();
      assertThat(columns).isBetween(size == 256 ? 16L : 8L, size == 256 ? 17L : 9L);
      assertThat(rows).isBetween(size == 256 ? 12L : 6L, size == 256 ? 13L : 7L);
    }
  }

  @ParameterizedTest(name = "{0}px tiles, page zoom {1}")
  @CsvSource({"256, 20", "512, 21", "512, 1"})
  void azurePageNeedingATileZoomOutside1to19_isAClearPermanentFailure(int size, int pageZoom) {
    SatellitePageSpec spec = new SatellitePageSpec(10.0, 10.0, pageZoom, 256, 256, 64);

    PermanentFailure e =
        assertPermanent(
            FailureReason.IMAGERY_OUT_OF_RANGE, () -> TilePlanner.azure(size).plan(spec));
    assertThat(e.detail()).contains("Azure Maps Get Map Tile", "1–19");
  }

  @Test
  void tile_ofAKnownPixel_isTheFloorOfPixelOverTileSize() {
    // 4000 x 3000 at (0°, 0°) zoom 3: world 2048 px, page [-976, 3024) leaves the world, so use a
    // small page.
    PagePlan plan = new TilePlanner(256).plan(new SatellitePageSpec(0.0, 0.0, 3, 512, 512, 100));

    // Page world pixels [768, 1280) x [768, 1280): tiles 3..4 in both axes, aligned, so no crop.
    assertThat(plan.requests())
        .containsExactly(
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
  void tiles_coverThePageExactly_withCropOffsetsInsideOneTile(
      int size, double lat, double lon, int zoom, int w, int h) {
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
    assertPermanent(
        FailureReason.IMAGERY_OUT_OF_RANGE,
        () -> new TilePlanner(size).plan(new SatellitePageSpec(85.0, 0.0, 5, 4000, 3000, 1000)));
  }
}
