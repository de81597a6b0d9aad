package dev.satpage.producer.access;

import java.util.Optional;

/**
 * The preview API's checks in the order a request meets them: who is calling (401), may it call
 * this (403), has it requests left (429), is its declared body small enough (413). Pure: the web
 * layer passes the header values in and turns a refusal into a problem response. The body of a
 * request without {@code Content-Length} is bounded while it is read ({@link #maxRequestBytes()}).
 */
public final class ApiGate {
  private static final String BEARER = "Bearer ";

  private final ClientKeys keys;
  private final RateLimiter limiter;
  private final long maxRequestBytes;

  public ApiGate(ClientKeys keys, RateLimiter limiter, long maxRequestBytes) {
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("maxRequestBytes must be positive: " + maxRequestBytes);
    }
    this.keys = keys;
    this.limiter = limiter;
    this.maxRequestBytes = maxRequestBytes;
  }

  /** What a request gets: the client it was admitted as, or the refusal. */
  public sealed interface Outcome {}

  /** Admitted: the caller is {@code client}. */
  public record Admitted(ApiClient client) implements Outcome {}

  /** Refused for {@code reason}. */
  public record Refused(AccessDecision reason) implements Outcome {}

  /**
   * @param authorization the {@code Authorization} header (null if absent)
   * @param needed the scope of the route
   * @param contentLength the declared body length, or -1 when none was declared
   */
  public Outcome check(String authorization, Scope needed, long contentLength) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return new Refused(
          new AccessDecision.Unauthenticated(
              "send the client key as 'Authorization: Bearer <key>'"));
    }
    String key = authorization.substring(BEARER.length()).strip();
    Optional<ApiClient> client = keys.authenticate(key);
    if (client.isEmpty()) {
      return new Refused(
          new AccessDecision.Unauthenticated(
              ClientKeys.keyId(key)
                  .map(id -> "the key for client '" + id + "' is not valid")
                  .orElse("not a valid client key")));
    }
    ApiClient c = client.get();
    if (!c.scopes().contains(needed)) {
      return new Refused(new AccessDecision.Forbidden(c.id(), needed));
    }
    Optional<java.time.Duration> wait = limiter.acquire(c.id());
    if (wait.isPresent()) {
      return new Refused(new AccessDecision.RateLimited(c.id(), wait.get()));
    }
    if (contentLength > maxRequestBytes) {
      return new Refused(new AccessDecision.TooLarge(c.id(), maxRequestBytes));
    }
    return new Admitted(c);
  }

  public long maxRequestBytes() {
    return maxRequestBytes;
  }
}
