package dev.satpage.producer.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

  @Test
  void aBurstIsAllowed_thenRefusedWithTheTimeUntilTheNextToken() {
    MutableClock clock = new MutableClock(T0);
    RateLimiter limiter = new RateLimiter(0.5, 3, clock); // one request every 2 s, 3 at once

    assertThat(limiter.acquire("shop")).isEmpty();
    assertThat(limiter.acquire("shop")).isEmpty();
    assertThat(limiter.acquire("shop")).isEmpty();
    assertThat(limiter.acquire("shop")).hasValue(Duration.ofSeconds(2));

    clock.advance(Duration.ofMillis(1500));
    assertThat(limiter.acquire("shop"))
        .as("0.75 of a token: wait 0.5 s, rounded up")
        .hasValue(Duration.ofSeconds(1));
    clock.advance(Duration.ofMillis(500));
    assertThat(limiter.acquire("shop")).isEmpty();
  }

  @Test
  void eachClientHasItsOwnBucket_andABucketNeverHoldsMoreThanTheBurst() {
    MutableClock clock = new MutableClock(T0);
    RateLimiter limiter = new RateLimiter(10, 2, clock);
    limiter.acquire("shop");
    limiter.acquire("shop");
    assertThat(limiter.acquire("shop")).isPresent();
    assertThat(limiter.acquire("ops")).as("another client is not affected").isEmpty();

    clock.advance(Duration.ofHours(1));
    assertThat(limiter.acquire("shop")).isEmpty();
    assertThat(limiter.acquire("shop")).isEmpty();
    assertThat(limiter.acquire("shop")).as("an hour idle still gives only the burst").isPresent();
  }

  @Test
  void retryAfter_isAtLeastOneSecond() {
    RateLimiter limiter = new RateLimiter(1000, 1, new MutableClock(T0));
    limiter.acquire("shop");
    assertThat(limiter.acquire("shop")).hasValue(Duration.ofSeconds(1));
  }

  @Test
  void nonsenseLimits_areRefused() {
    assertThatThrownBy(() -> new RateLimiter(0, 1, Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimiter(1, 0, Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
