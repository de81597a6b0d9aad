package dev.satpage.imagery.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PngFiltersTest {
  /** The branch-free predictor agrees with the specification's own pseudocode on all 2^24 inputs. */
  @Test
  void paethPredictor_isTheSpecificationsFunction_forEveryInput() {
    long differing = 0;
    for (int a = 0; a < 256; a++) {
      for (int b = 0; b < 256; b++) {
        for (int c = 0; c < 256; c++) {
          if (PngFilters.predictor(a, b, c) != specification(a, b, c)) {
            differing++;
          }
        }
      }
    }
    assertThat(differing).isZero();
  }

  /** PaethPredictor as printed in https://www.w3.org/TR/png-3/#9Filter-type-4-Paeth (read 2026-12-02). */
  private static int specification(int a, int b, int c) {
    int p = a + b - c;
    int pa = Math.abs(p - a);
    int pb = Math.abs(p - b);
    int pc = Math.abs(p - c);
    if (pa <= pb && pa <= pc) {
      return a;
    } else if (pb <= pc) {
      return b;
    }
    return c;
  }
}
