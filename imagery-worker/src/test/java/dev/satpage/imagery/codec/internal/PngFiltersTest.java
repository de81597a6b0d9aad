package dev.satpage.imagery.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.imagery.testing.PngBuilder;
import org.junit.jupiter.api.Test;

class PngFiltersTest {
  /**
   * The branch-free predictor agrees on all 2^24 inputs with the specification's pseudocode
   * (https://www.w3.org/TR/png-3/#9Filter-type-4-Paeth, read 2026-12-02), as the test encoder
   * writes it.
   */
  @Test
  void paethPredictor_isTheSpecificationsFunction_forEveryInput() {
    long differing = 0;
    for (int a = 0; a < 256; a++) {
      for (int b = 0; b < 256; b++) {
        for (int c = 0; c < 256; c++) {
          if (PngFilters.predictor(a, b, c) != PngBuilder.paeth(a, b, c)) {
            differing++;
          }
        }
      }
    }
    assertThat(differing).isZero();
  }
}
