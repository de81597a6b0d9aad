package dev.satpage.devstack.imagery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Azure draws static-image zoom z on a world of 512 · 2^z pixels ({@link
 * AzureStaticImageFacts#WORLD_TILE_SIZE}), i.e. level z + 1 of the 256-px tile system. Not stated
 * in words, so checked against numbers Microsoft does print: the bbox table of Get Map Static Image
 * 2024-04-01 (render.json, path "/map/static", read 2026-12-02) gives per zoom the smallest and
 * largest longitude span, which are those of an image 80 (minimum width) and 2000 (maximum width)
 * pixels wide.
 */
class AzureStaticImageFactsTest {
  /** "Min Lon Range" for zoom 0..20 as printed. */
  private static final double[] MIN_LON_RANGE = {
    56.25,
    28.125,
    14.063,
    7.03125,
    3.515625,
    1.7578125,
    0.87890625,
    0.439453125,
    0.2197265625,
    0.1098632812,
    0.0549316406,
    0.0274658203,
    0.0137329102,
    0.0068664551,
    0.0034332275,
    0.0017166138,
    0.0008583069,
    0.0004291534,
    0.0002145767,
    0.0001072884,
    5.36442E-05,
  };

  /** "Max Lon Range" for zoom 0..20 as printed. */
  private static final double[] MAX_LON_RANGE = {
    360.0,
    360.0,
    351.5625,
    175.78125,
    87.890625,
    43.9453125,
    21.97265625,
    10.986328125,
    5.4931640625,
    2.7465820312,
    1.3732910156,
    0.6866455078,
    0.3433227539,
    0.171661377,
    0.0858306885,
    0.0429153442,
    0.0214576721,
    0.0107288361,
    0.005364418,
    0.002682209,
    0.0013411045,
  };

  @Test
  void bboxTable_isTheLongitudeSpanOfTheMinimumAndMaximumWidthOnA512PixelGrid() {
    for (int zoom = 0; zoom <= 20; zoom++) {
      assertThat(lonSpan(AzureStaticImageFacts.MIN_WIDTH, zoom))
          .as("min, zoom %d", zoom)
          .isCloseTo(MIN_LON_RANGE[zoom], org.assertj.core.data.Percentage.withPercentage(0.01));
      assertThat(lonSpan(AzureStaticImageFacts.MAX_WIDTH, zoom))
          .as("max, zoom %d", zoom)
          .isCloseTo(MAX_LON_RANGE[zoom], org.assertj.core.data.Percentage.withPercentage(0.01));
    }
  }

  @Test
  void zoom_isOneLevelDeeperInTheTileSystem() {
    for (int zoom = AzureStaticImageFacts.MIN_ZOOM;
        zoom <= AzureStaticImageFacts.MAX_IMAGERY_ZOOM;
        zoom++) {
      assertThat(TileSystem.mapSize(AzureStaticImageFacts.level(zoom)))
          .isEqualTo((long) AzureStaticImageFacts.WORLD_TILE_SIZE << zoom);
    }
  }

  /**
   * Degrees of longitude shown by {@code width} pixels at Azure zoom {@code zoom}, at most the
   * whole world.
   */
  private static double lonSpan(int width, int zoom) {
    double world = (double) AzureStaticImageFacts.WORLD_TILE_SIZE * (1L << zoom);
    return Math.min(360, width / world * 360);
  }
}
