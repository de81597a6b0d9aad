package dev.satpage.model.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {
  final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(60));

  /** Always picks the largest value full jitter allows, so the ceiling shows. */
  static final RandomGenerator TOP =
      new RandomGenerator() {
        @Override
        public long nextLong() {
          return 0;
        }

        @Override
        public long nextLong(long bound) {
          return bound - 1;
        }
      };

  @Test
  void ceilingDoublesPerAttempt_andIsCappedAtMax() {
    assertThat(backoff.delay(1, TOP)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.delay(2, TOP)).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.delay(4, TOP)).isEqualTo(Duration.ofSeconds(16));
    assertThat(backoff.delay(10, TOP)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void delaysAreJittered_withinTheCeiling() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 1000; i++) {
      assertThat(backoff.delay(3, random)).isBetween(Duration.ZERO, Duration.ofSeconds(8));
    }
    assertThat(backoff.delay(3, new SplittableRandom(1)))
        .isNotEqualTo(backoff.delay(3, new SplittableRandom(2)));
  }
}
