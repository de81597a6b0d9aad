package dev.satpage.producer.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a presented API key against the configured SHA-256 hashes. A key is {@code <client
 * id>.<secret>}; the id selects the one hash to compare with and the comparison is constant-time
 * ({@link MessageDigest#isEqual}), so neither the keys nor their hashes leak through timing. Only
 * hashes are held: a leaked configuration does not leak a key.
 */
public final class ClientKeys {
  private static final byte[] NO_MATCH = new byte[32];
  private final Map<String, ApiClient> byId = new LinkedHashMap<>();

  public ClientKeys(List<ApiClient> clients) {
    if (clients.isEmpty()) {
      throw new IllegalArgumentException(
          "no preview API clients configured (satpage.preview-api.clients): every request would be refused");
    }
    for (ApiClient c : clients) {
      if (byId.putIfAbsent(c.id(), c) != null) {
        throw new IllegalArgumentException("client id '" + c.id() + "' configured twice");
      }
    }
  }

  /** Parses the configured entries (see {@link ApiClient#parse}). */
  public static ClientKeys parse(List<String> entries) {
    return new ClientKeys(
        entries.stream().filter(e -> !e.isBlank()).map(ApiClient::parse).toList());
  }

  /** The client whose key this is, or empty: unknown id, wrong secret, or not a key at all. */
  public Optional<ApiClient> authenticate(String presentedKey) {
    if (presentedKey == null) {
      return Optional.empty();
    }
    ApiClient client = byId.get(keyId(presentedKey).orElse(""));
    byte[] expected = client == null ? NO_MATCH : client.keySha256();
    boolean match =
        MessageDigest.isEqual(
            expected, sha256(presentedKey)); // hashed either way: same work for any key
    return match && client != null ? Optional.of(client) : Optional.empty();
  }

  /**
   * The id part of a presented key, if it is well-formed: what may be logged about a refused key.
   */
  public static Optional<String> keyId(String presentedKey) {
    int dot = presentedKey == null ? -1 : presentedKey.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String id = presentedKey.substring(0, dot);
    return ApiClient.ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
  }

  /**
   * SHA-256 of the key's UTF-8 bytes: what {@code printf %s "$key" | sha256sum} prints, as bytes.
   */
  public static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
