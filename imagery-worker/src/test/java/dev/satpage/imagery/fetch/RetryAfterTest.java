package dev.satpage.imagery.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void delaySeconds() {
    assertThat(RetryAfter.parse("3", Optional.empty(), NOW)).contains(Duration.ofSeconds(3));
    assertThat(RetryAfter.parse(" 0 ", Optional.empty(), NOW)).contains(Duration.ZERO);
  }

  @Test
  void httpDate_isMeasuredFromTheResponseDate_elseFromNow() {
    String at = "Fri, 27 Nov 2026 10:00:30 GMT";
    // The provider's clock is 10 s ahead of ours: its own Date header is what the wait is relative
    // to.
    assertThat(RetryAfter.parse(at, Optional.of("Fri, 27 Nov 2026 10:00:10 GMT"), NOW))
        .contains(Duration.ofSeconds(20));
    assertThat(RetryAfter.parse(at, Optional.empty(), NOW)).contains(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse(at, Optional.of("not a date"), NOW))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void pastDates_negativesAndGarbage_askForNothing() {
    assertThat(RetryAfter.parse("Fri, 27 Nov 2026 09:59:00 GMT", Optional.empty(), NOW)).isEmpty();
    assertThat(RetryAfter.parse("-5", Optional.empty(), NOW)).isEmpty();
    assertThat(RetryAfter.parse("soon", Optional.empty(), NOW)).isEmpty();
    assertThat(RetryAfter.parse("99999999999999999999999", Optional.empty(), NOW)).isEmpty();
    assertThat(RetryAfter.parse(null, Optional.empty(), NOW)).isEmpty();
  }
}
