package dev.satpage.imagery.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.geo.GeoPoint;
import dev.satpage.model.geo.WebMercator;
import dev.satpage.model.geo.WorldPixel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CentredGridPlannerTest {
  private final CentredGridPlanner planner = CentredGridPlanner.bing();

  @Test
  void printPage_isTwoByTwoImagesOfTheBingMaximum() {
    PagePlan plan = planner.plan(SatellitePageSpec.of(51.5007, -0.1246, 17));

    assertThat(plan.width()).isEqualTo(4000);
    assertThat(plan.height()).isEqualTo(3000);
    assertThat(plan.requests())
        .extracting(PlannedImage::offsetX, PlannedImage::offsetY, PlannedImage::width, PlannedImage::height)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 0, 2000, 1500),
            org.assertj.core.groups.Tuple.tuple(2000, 0, 2000, 1500),
            org.assertj.core.groups.Tuple.tuple(0, 1500, 2000, 1500),
            org.assertj.core.groups.Tuple.tuple(2000, 1500, 2000, 1500));
  }

  @Test
  void pageOrigin_followsTheBingTileSystem_zoom3MapIs2048PixelsWide() {
    // Bing tile system: at zoom 3 the map is 256 * 2^3 = 2048 px square, so (0°, 0°) is world pixel (1024, 1024).
    assertThat(WebMercator.mapSize(3)).isEqualTo(2048);
    PagePlan plan = planner.plan(new SatellitePageSpec(0.0, 0.0, 3, 1000, 800, 100));

    assertThat(plan.left()).isEqualTo(1024 - 500);
    assertThat(plan.top()).isEqualTo(1024 - 400);
    assertThat(plan.requests()).singleElement().isInstanceOfSatisfying(ImageRequest.class, r -> {
      assertThat(r.latitude()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(r.longitude()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
    });
  }

  @ParameterizedTest(name = "{0},{1} z{2} {3}x{4}")
  @CsvSource({
    "51.5007, -0.1246, 17, 4000, 3000",
    "51.5007, -0.1246, 21, 4000, 3000",
    "-33.8568, 151.2153, 19, 3000, 2000",
    "40.6892, -74.0445, 18, 4001, 3001",
    "64.1466, -21.9426, 12, 8192, 8192",
    "0.0001, 0.0001, 15, 256, 256",
    "-54.8019, -68.3030, 20, 2001, 1501",
  })
  void requestedImages_tileThePageWithoutGapOrOverlap(double lat, double lon, int zoom, int width, int height) {
    PagePlan plan = planner.plan(new SatellitePageSpec(lat, lon, zoom, width, height, 256));

    long covered = 0;
    boolean[][] seen = new boolean[height][];
    for (PlannedImage p : plan.requests()) {
      ImageRequest r = (ImageRequest) p;
      assertThat(r.width()).isBetween(1, CentredGridPlanner.BING_MAX_WIDTH);
      assertThat(r.height()).isBetween(1, CentredGridPlanner.BING_MAX_HEIGHT);
      // Re-derive the image's top-left as the provider does: centre pixel of the requested point, minus half the size.
      WorldPixel centre = WebMercator.toPixel(new GeoPoint(r.latitude(), r.longitude()), zoom);
      assertThat(WebMercator.origin(centre.x(), r.width())).isEqualTo(plan.left() + r.offsetX());
      assertThat(WebMercator.origin(centre.y(), r.height())).isEqualTo(plan.top() + r.offsetY());
      for (int y = r.offsetY(); y < r.offsetY() + r.height(); y += Math.max(1, r.height() - 1)) {
        for (int x = r.offsetX(); x < r.offsetX() + r.width(); x += Math.max(1, r.width() - 1)) {
          if (seen[y] == null) {
            seen[y] = new boolean[width];
          }
          assertThat(seen[y][x]).as("corner %d,%d drawn twice", x, y).isFalse();
          seen[y][x] = true;
        }
      }
      covered += (long) r.width() * r.height();
    }
    assertThat(covered).isEqualTo((long) width * height);
    assertThat(plan.requests().getLast().offsetX() + plan.requests().getLast().width()).isEqualTo(width);
    assertThat(plan.requests().getLast().offsetY() + plan.requests().getLast().height()).isEqualTo(height);
  }

  @Test
  void pageCentre_isTheSpecPoint() {
    SatellitePageSpec spec = SatellitePageSpec.of(48.8584, 2.2945, 18);
    PagePlan plan = planner.plan(spec);

    WorldPixel centre = WebMercator.toPixel(new GeoPoint(spec.latitude(), spec.longitude()), spec.zoom());
    assertThat(plan.left()).isEqualTo(Math.round(centre.x() - 2000));
    assertThat(plan.top()).isEqualTo(Math.round(centre.y() - 1500));
  }

  @Test
  void azurePage_isOneRequestOfThePageSize_upTo8192() {
    PagePlan plan = CentredGridPlanner.azure().plan(SatellitePageSpec.of(51.5007, -0.1246, 17));

    assertThat(plan.requests()).singleElement().isInstanceOfSatisfying(ImageRequest.class, r -> {
      assertThat(r.width()).isEqualTo(4000);
      assertThat(r.height()).isEqualTo(3000);
      WorldPixel centre = WebMercator.toPixel(new GeoPoint(r.latitude(), r.longitude()), 17);
      assertThat(WebMercator.origin(centre.x(), 4000)).isEqualTo(plan.left());
      assertThat(WebMercator.origin(centre.y(), 3000)).isEqualTo(plan.top());
    });
    assertThat(CentredGridPlanner.azure().plan(new SatellitePageSpec(10, 10, 15, 8192, 8192, 1000)).requests())
        .hasSize(1);
  }

  @Test
  void azureBeyondZoom20_isAPermanentFailure() {
    assertThatThrownBy(() -> CentredGridPlanner.azure().plan(SatellitePageSpec.of(51.5, -0.12, 21)))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> assertThat(e.reason()).isEqualTo("imagery-out-of-range"));
  }

  @Test
  void split_isFewestEqualPartsWithinTheMaximum() {
    assertThat(CentredGridPlanner.split(4000, 2000)).containsExactly(2000, 2000);
    assertThat(CentredGridPlanner.split(3000, 2000)).containsExactly(1500, 1500);
    assertThat(CentredGridPlanner.split(4001, 2000)).containsExactly(1334, 1334, 1333);
    assertThat(CentredGridPlanner.split(1500, 1500)).containsExactly(1500);
  }

  @Test
  void pageBeyondThePole_isAPermanentFailure() {
    assertThatThrownBy(() -> planner.plan(new SatellitePageSpec(85.0, 0.0, 5, 4000, 3000, 1000)))
        .isInstanceOf(PermanentFailure.class)
        .extracting(e -> ((PermanentFailure) e).reason())
        .isEqualTo("imagery-out-of-range");
  }
}
