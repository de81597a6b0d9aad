package dev.satpage.e2e.beforeafter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RequestMixTest {
  @Test
  void aQuarter_makesEveryFourthRequestASatellitePage() {
    RequestMix mix = new RequestMix(0.25);

    assertThat(LongStream.range(0, 8).mapToObj(mix::kindOf))
        .containsExactly(
            RequestKind.FAST,
            RequestKind.FAST,
            RequestKind.FAST,
            RequestKind.SATELLITE,
            RequestKind.FAST,
            RequestKind.FAST,
            RequestKind.FAST,
            RequestKind.SATELLITE);
  }

  @Test
  void anyShare_isMetWithinOneRequestOverAnyPrefix() {
    RequestMix mix = new RequestMix(0.3);
    long satellite = 0;
    for (long n = 0; n < 1000; n++) {
      if (mix.kindOf(n) == RequestKind.SATELLITE) {
        satellite++;
      }
      assertThat((double) satellite)
          .isCloseTo(0.3 * (n + 1), org.assertj.core.data.Offset.offset(1.0));
    }
  }

  @Test
  void sharesOutside0to1_andNegativeNumbers_areRefused() {
    assertThatThrownBy(() -> new RequestMix(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RequestMix(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RequestMix(0.5).kindOf(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
