package dev.satpage.producer.access;

import java.time.Duration;

/** Why a request to the preview API is refused; each maps to one HTTP status and problem type. */
public sealed interface AccessDecision {
  /** No key, a malformed header, or a key that matches no configured hash: 401. */
  record Unauthenticated(String detail) implements AccessDecision {}

  /** A known client calling outside its scopes: 403. */
  record Forbidden(String clientId, Scope needed) implements AccessDecision {}

  /** The client's bucket is empty: 429 with {@code Retry-After}. */
  record RateLimited(String clientId, Duration retryAfter) implements AccessDecision {}

  /** The request body is larger than allowed: 413. */
  record TooLarge(String clientId, long limitBytes) implements AccessDecision {}
}
