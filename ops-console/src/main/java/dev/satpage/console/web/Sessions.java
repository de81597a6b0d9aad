package dev.satpage.console.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Signed-in browsers. A browser cannot add an {@code Authorization} header to a navigation, so the
 * console takes the client key once in a sign-in form, checks it with the preview API's checks, and
 * hands out a random session id in an {@code HttpOnly; SameSite=Strict} cookie; the key itself is
 * never stored. Each session carries a CSRF token that every POST must echo. Sessions end after
 * {@code ttl}; at most {@link #MAX_SESSIONS} are held (the oldest goes first).
 */
final class Sessions {
  static final int MAX_SESSIONS = 1000;

  /** One signed-in browser: which client it signed in as, and its CSRF token. */
  record Session(String id, String clientId, String csrf, Instant expiresAt) {}

  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Duration ttl;
  private final Map<String, Session> byId = new LinkedHashMap<>();

  Sessions(Clock clock, Duration ttl) {
    this.clock = clock;
    this.ttl = ttl;
  }

  synchronized Session open(String clientId) {
    if (byId.size() >= MAX_SESSIONS) {
      byId.remove(byId.keySet().iterator().next());
    }
    Session s = new Session(token(), clientId, token(), clock.instant().plus(ttl));
    byId.put(s.id(), s);
    return s;
  }

  synchronized Optional<Session> find(String id) {
    Session s = id == null ? null : byId.get(id);
    if (s != null && !clock.instant().isBefore(s.expiresAt())) {
      byId.remove(id);
      return Optional.empty();
    }
    return Optional.ofNullable(s);
  }

  synchronized void close(String id) {
    byId.remove(id);
  }

  /** Whether a submitted token is the session's, compared in constant time. */
  static boolean csrfMatches(Session session, String submitted) {
    return submitted != null
        && MessageDigest.isEqual(
            session.csrf().getBytes(java.nio.charset.StandardCharsets.UTF_8),
            submitted.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
