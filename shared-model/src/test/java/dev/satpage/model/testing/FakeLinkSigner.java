package dev.satpage.model.testing;

import dev.satpage.model.port.LinkSigner;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link LinkSigner} over an {@link InMemoryObjectStore}. Its links name the key and the validity
 * ({@code https://links.test/{bucket}/{key}?validFor=600&expires=…&signature=…}) and carry an HMAC
 * of both, and {@link #open} is what a GET of one does: it answers as S3 answers a presigned GET
 * (200 with the object's bytes, 404 for a missing object, 403 once expired or when the link was
 * altered), by this fake's clock.
 */
public final class FakeLinkSigner implements LinkSigner {
  /** What a GET of a link answered: status and body. */
  public record Download(int status, byte[] body) {}

  private final InMemoryObjectStore store;
  private final Clock clock;
  private final byte[] secret = new byte[32];

  public FakeLinkSigner(InMemoryObjectStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
    new SecureRandom().nextBytes(secret);
  }

  /** Links to an empty store, for tests that only look at the links. */
  public FakeLinkSigner() {
    this(new InMemoryObjectStore(), Clock.systemUTC());
  }

  @Override
  public URI downloadLink(String key, Duration validity) {
    LinkSigner.check(key, validity);
    long expires = clock.instant().plus(validity).getEpochSecond();
    String query =
        "validFor="
            + validity.toSeconds()
            + "&expires="
            + expires
            + "&signature="
            + sign(key, expires);
    try {
      return new URI("https", "links.test", "/" + store.bucket() + "/" + key, query, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("key " + key + " makes no URI", e);
    }
  }

  /** A GET of {@code link}, answered from the store. */
  public Download open(URI link) {
    String prefix = "/" + store.bucket() + "/";
    Map<String, String> query = query(link.getRawQuery());
    if (!"links.test".equals(link.getHost())
        || !link.getPath().startsWith(prefix)
        || !query.containsKey("expires")) {
      return new Download(403, new byte[0]);
    }
    String key = link.getPath().substring(prefix.length());
    long expires = Long.parseLong(query.get("expires"));
    if (!sign(key, expires).equals(query.get("signature"))
        || clock.instant().isAfter(Instant.ofEpochSecond(expires))) {
      return new Download(403, new byte[0]);
    }
    return store
        .get(key)
        .map(o -> new Download(200, o.content()))
        .orElseGet(() -> new Download(404, new byte[0]));
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
    }
    return out;
  }

  private String sign(String key, long expires) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((key + "\n" + expires).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
