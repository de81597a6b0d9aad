package dev.satpage.imagery.plan;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Static-image grids against the providers' documented limits and against geography we did not
 * compute. The limits below are written out from the documentation on purpose (not taken from the
 * facts classes), read 2026-12-02:
 *
 * <ul>
 *   <li>Bing Maps "Get a Static Map"
 *       (https://learn.microsoft.com/bingmaps/rest-services/imagery/get-a-static-map): mapSize
 *       width 80–2000, height 80–1500; zoomLevel 0–20.
 *   <li>Azure Maps Render 2024-04-01 Get Map Static Image (azure-rest-api-specs,
 *       Render/stable/2024-04-01/render.json;
 *       https://learn.microsoft.com/rest/api/maps/render/get-map-static-image?view=rest-maps-2024-04-01):
 *       width 80–2000, height 80–1500; zoom 0–19 for microsoft.imagery, Azure's zoom z being drawn
 *       on a 512 · 2^z world (its bbox table), i.e. our level z + 1.
 * </ul>
 */
class CentredGridPlannerTest {
  /**
   * Documented per-image limits: {minWidth, maxWidth, minHeight, maxHeight, maxZoom} (the API's own
   * zoom numbers).
   */
  private static final int[] BING = {80, 2000, 80, 1500, 20};

  private static final int[] AZURE = {80, 2000, 80, 1500, 19};

  static Stream<Arguments> printPages() {
    // Both catalogue zooms (ProductCatalog: 16 area, 18 home), homes on several continents and both
    // hemispheres.
    List<double[]> places =
        List.of(
            new double[] {51.4769, -0.0005},
            new double[] {-33.8568, 151.2153},
            new double[] {-1.2921, 36.8219},
            new double[] {64.1466, -21.9426},
            new double[] {40.6892, -74.0445});
    return Stream.of("bing", "azure")
        .flatMap(
            provider ->
                Stream.of(16, 18)
                    .flatMap(
                        zoom ->
                            places.stream().map(p -> Arguments.of(provider, zoom, p[0], p[1]))));
  }

  private static CentredGridPlanner planner(String provider) {
    return provider.equals("bing") ? CentredGridPlanner.bing() : CentredGridPlanner.azure();
  }

  private static int[] limits(String provider) {
    return provider.equals("bing") ? BING : AZURE;
  }

  @ParameterizedTest(name = "{0} z{1} at {2},{3}")
  @MethodSource("printPages")
  void printPage_isA2x2GridOf2000x1500_everyRequestInsideTheDocumentedLimits(
      String provider, int zoom, double lat, double lon) {
    PagePlan plan = planner(provider).plan(SatellitePageSpec.of(lat, lon, zoom));

    assertThat(plan.requests())
        .hasSize(4)
        .allSatisfy(p -> assertInsideLimits((ImageRequest) p, limits(provider)));
    assertThat(plan.requests())
        .extracting(
            PlannedImage::offsetX, PlannedImage::offsetY, PlannedImage::width, PlannedImage::height)
        .containsExactly(
            tuple(0, 0, 2000, 1500),
            tuple(2000, 0, 2000, 1500),
            tuple(0, 1500, 2000, 1500),
            tuple(2000, 1500, 2000, 1500));
  }

  @ParameterizedTest(name = "{0} {1}x{2} at z{3}")
  @CsvSource({
    "bing, 8192, 8192, 15", "azure, 8192, 8192, 15", // the largest page a spec allows
    "bing, 256, 256, 1", "azure, 256, 256, 1", // the smallest page, at the smallest spec zoom
    "bing, 2001, 1501, 20",
        "azure, 2001, 1501, 20", // one pixel past one image, at the highest documented zoom
    "bing, 4000, 3000, 20", "azure, 4000, 3000, 20",
  })
  void edgePages_stillMakeOnlyDocumentedRequests(String provider, int width, int height, int zoom) {
    PagePlan plan =
        planner(provider).plan(new SatellitePageSpec(10.0, 20.0, zoom, width, height, 128));

    assertThat(plan.requests())
        .allSatisfy(p -> assertInsideLimits((ImageRequest) p, limits(provider)));
    assertThat(plan.requests().stream().mapToLong(p -> (long) p.width() * p.height()).sum())
        .isEqualTo((long) width * height);
  }

  @Test
  void zoomBeyondTheDocumentedRange_isAClearPermanentFailure() {
    PermanentFailure e =
        assertPermanent(
            FailureReason.IMAGERY_OUT_OF_RANGE,
            () -> CentredGridPlanner.azure().plan(SatellitePageSpec.of(51.5, -0.12, 21)));
    assertThat(e.detail())
        .contains("page zoom 21", "zoom 20", "Azure Maps Get Map Static Image", "0–19");
    assertThat(
            assertPermanent(
                    FailureReason.IMAGERY_OUT_OF_RANGE,
                    () -> CentredGridPlanner.bing().plan(SatellitePageSpec.of(51.5, -0.12, 21)))
                .detail())
        .contains("zoom 21", "0–20");
  }

  /**
   * The bbox table of Get Map Static Image gives the widest longitude span of a 2000-px image per
   * Azure zoom: 15 → 0.0429153442°, 17 → 0.0107288361°. Our 2000-px images at the catalogue levels
   * 16 and 18 span exactly that, so they must be asked for at Azure zoom 15 and 17 — asking for 16
   * and 18 would return half the ground.
   */
  @ParameterizedTest(name = "page level {0} -> Azure zoom {1}")
  @CsvSource({"16, 15, 0.0429153442", "18, 17, 0.0107288361"})
  void azureZoom_isOneBelowThePageLevel_asTheBboxTableShows(
      int level, int azureZoom, double tableSpan) {
    PagePlan plan = CentredGridPlanner.azure().plan(SatellitePageSpec.of(51.4769, -0.0005, level));

    double ourSpan =
        ArticleTileSystem.longitude(2000, level) - ArticleTileSystem.longitude(0, level);
    assertThat(ourSpan).isCloseTo(tableSpan, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(plan.requests())
        .allSatisfy(p -> assertThat(((ImageRequest) p).zoom()).isEqualTo(azureZoom));
    assertThat(
            CentredGridPlanner.bing()
                .plan(SatellitePageSpec.of(51.4769, -0.0005, level))
                .requests())
        .allSatisfy(
            p ->
                assertThat(((ImageRequest) p).zoom())
                    .isEqualTo(level)); // Bing: zoomLevel z is level z
  }

  @Test
  void theOldSingleRequestAzurePage_isNoLongerPlanned() {
    // Render v1 allowed one 4000x3000 image; 2024-04-01 refuses anything wider than 2000 or taller
    // than 1500.
    assertThat(
            CentredGridPlanner.azure().plan(SatellitePageSpec.of(48.8584, 2.2945, 17)).requests())
        .noneMatch(p -> p.width() > 2000 || p.height() > 1500);
  }

  /**
   * A provider places a centred image at floor or round of (centre - size/2) — undocumented which.
   * Read back as a provider would (the article's formulas, ArticleTileSystem), both rules must give
   * the planned top-left pixel.
   */
  @ParameterizedTest(name = "{0} z{1} at {2},{3}")
  @MethodSource("printPages")
  void imageTopLeft_isThePlannedPixel_whetherTheProviderFloorsOrRounds(
      String provider, int zoom, double lat, double lon) {
    PagePlan plan = planner(provider).plan(SatellitePageSpec.of(lat, lon, zoom));

    for (PlannedImage p : plan.requests()) {
      ImageRequest r = (ImageRequest) p;
      double x = ArticleTileSystem.pixelX(r.longitude(), zoom) - r.width() / 2.0;
      double y = ArticleTileSystem.pixelY(r.latitude(), zoom) - r.height() / 2.0;
      assertThat((long) Math.floor(x)).isEqualTo(plan.left() + r.offsetX());
      assertThat(Math.round(x)).isEqualTo(plan.left() + r.offsetX());
      assertThat((long) Math.floor(y)).isEqualTo(plan.top() + r.offsetY());
      assertThat(Math.round(y)).isEqualTo(plan.top() + r.offsetY());
    }
  }

  /**
   * Geography from a source that is not ours: mapbox/mercantile's README
   * (https://github.com/mapbox/mercantile, read 2026-12-02) gives the upper-left corner of XYZ tile
   * (486, 332) at zoom 10 as (-9.140625°, 53.33087298301705°) and its south edge as
   * 53.12040528310657°. At zoom 12 those are world pixels x = 486·4·256 = 497664, y = 332·4·256 =
   * 339968 and y + 1024. A 2048 x 3072 page centred on the corner is a grid of 1024 x 1024 images
   * (2 columns, 3 rows), so the middle row's centres sit on the corner's latitude and the bottom
   * row's on the tile's south edge.
   */
  @Test
  void gridCentres_matchMercantilesTileCorners_plusAQuarterPixel() {
    double north = 53.33087298301705;
    double south = 53.12040528310657;
    double degreesPerPixel =
        (north - south) / 1024; // one z10 tile = 1024 px at z12, near enough linear across it
    PagePlan plan =
        CentredGridPlanner.azure()
            .plan(new SatellitePageSpec(north, -9.140625, 12, 2048, 3072, 512));

    assertThat(plan.left()).isEqualTo(497664 - 1024);
    assertThat(plan.top()).isEqualTo(339968 - 1536);
    assertThat(plan.requests())
        .hasSize(6)
        .allSatisfy(
            p -> assertThat(p.width() * 10_000 + p.height()).isEqualTo(1024 * 10_000 + 1024));
    List<ImageRequest> r = plan.requests().stream().map(ImageRequest.class::cast).toList();
    // Middle row (images 2, 3) centred a quarter pixel south of the corner; bottom row (4, 5) of
    // the south edge.
    for (int i : new int[] {2, 3}) {
      assertThat(north - r.get(i).latitude())
          .isBetween(0.1 * degreesPerPixel, 0.4 * degreesPerPixel);
    }
    for (int i : new int[] {4, 5}) {
      assertThat(south - r.get(i).latitude())
          .isBetween(0.1 * degreesPerPixel, 0.4 * degreesPerPixel);
    }
    // Longitude is linear in pixels (the article's pixelX): columns centred at x = 497664 -/+ 512,
    // plus a quarter.
    assertThat(r.get(0).longitude())
        .isCloseTo(
            ArticleTileSystem.longitude(497664 - 512 + 0.25, 12),
            org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.get(1).longitude())
        .isCloseTo(
            ArticleTileSystem.longitude(497664 + 512 + 0.25, 12),
            org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void pageOrigin_followsTheBingTileSystem_zoom3MapIs2048PixelsWide() {
    // Article: at level 3 the map is 256 * 2^3 = 2048 px square, so (0°, 0°) is world pixel (1024,
    // 1024).
    PagePlan plan =
        CentredGridPlanner.bing().plan(new SatellitePageSpec(0.0, 0.0, 3, 1000, 800, 100));

    assertThat(plan.left()).isEqualTo(1024 - 500);
    assertThat(plan.top()).isEqualTo(1024 - 400);
  }

  @Test
  void split_isFewestEqualPartsWithinTheMaximum() {
    assertThat(CentredGridPlanner.split(4000, 2000)).containsExactly(2000, 2000);
    assertThat(CentredGridPlanner.split(3000, 1500)).containsExactly(1500, 1500);
    assertThat(CentredGridPlanner.split(4001, 2000)).containsExactly(1334, 1334, 1333);
    assertThat(CentredGridPlanner.split(1500, 1500)).containsExactly(1500);
  }

  @Test
  void pageBeyondThePole_isAPermanentFailure() {
    assertPermanent(
        FailureReason.IMAGERY_OUT_OF_RANGE,
        () ->
            CentredGridPlanner.bing().plan(new SatellitePageSpec(85.0, 0.0, 5, 4000, 3000, 1000)));
  }

  private static void assertInsideLimits(ImageRequest r, int[] limits) {
    assertThat(r.width()).isBetween(limits[0], limits[1]);
    assertThat(r.height()).isBetween(limits[2], limits[3]);
    assertThat(r.zoom()).isBetween(0, limits[4]);
  }
}
