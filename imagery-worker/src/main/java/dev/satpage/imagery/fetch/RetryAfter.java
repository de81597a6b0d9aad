package dev.satpage.imagery.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The wait a {@code Retry-After} header asks for (RFC 9110 §10.2.3): delay-seconds, or an HTTP-date
 * measured from the response's own {@code Date} (so a skewed clock on either side does not matter)
 * or, without one, from {@code now}. Anything unreadable, negative or in the past is no request at
 * all: the caller's own backoff applies. Pure.
 */
final class RetryAfter {
  private RetryAfter() {}

  static Optional<Duration> parse(String value, Optional<String> responseDate, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
      } catch (NumberFormatException e) { // more digits than a long holds
        return Optional.empty();
      }
    }
    Optional<Instant> until = httpDate(v);
    Instant from = responseDate.flatMap(RetryAfter::httpDate).orElse(now);
    return until.map(u -> Duration.between(from, u)).filter(d -> !d.isNegative());
  }

  /** IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), which RFC 1123 parsing covers. */
  private static Optional<Instant> httpDate(String text) {
    try {
      return Optional.of(
          ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
