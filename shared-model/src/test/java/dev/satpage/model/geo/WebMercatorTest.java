package dev.satpage.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WebMercatorTest {
  @Test
  void mapSize_matchesBingTileSystem() {
    assertThat(WebMercator.mapSize(1)).isEqualTo(512);
    assertThat(WebMercator.mapSize(3)).isEqualTo(2048);
    assertThat(WebMercator.mapSize(23)).isEqualTo(2147483648L);
  }

  @Test
  void originOfTheMap_isNullIslandAtTheCentre() {
    WorldPixel p = WebMercator.toPixel(new GeoPoint(0, 0), 3);
    assertThat(p.x()).isCloseTo(1024.0, within(1e-9));
    assertThat(p.y()).isCloseTo(1024.0, within(1e-9));
  }

  @Test
  void groundResolution_atEquatorZoom1_is78km() {
    // Bing Maps tile system table: level 1 = 78,271.5170 m/px at the equator.
    assertThat(WebMercator.metresPerPixel(0, 1)).isCloseTo(78271.517, within(0.01));
  }

  @Test
  void pixelToGeoAndBack_isExactToAMillionthOfAPixel() {
    GeoPoint london = new GeoPoint(51.5007, -0.1246);
    WorldPixel p = WebMercator.toPixel(london, 17);
    WorldPixel again = WebMercator.toPixel(WebMercator.toGeo(p), 17);
    assertThat(again.x()).isCloseTo(p.x(), within(1e-6));
    assertThat(again.y()).isCloseTo(p.y(), within(1e-6));
  }

  @Test
  void origin_roundsTheLeftEdgeOfAnImage() {
    assertThat(WebMercator.origin(1000.4, 2000)).isEqualTo(0);
    assertThat(WebMercator.origin(1000.6, 2000)).isEqualTo(1);
  }
}
