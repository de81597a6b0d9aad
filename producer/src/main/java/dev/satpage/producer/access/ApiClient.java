package dev.satpage.producer.access;

import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One caller of the preview API as configured: its id (the part of its key before the dot, safe to
 * log), the SHA-256 of its whole key (the key itself is never configured), and what it may call.
 */
public record ApiClient(String id, byte[] keySha256, Set<Scope> scopes) {
  /** Client ids: short, lower-case, safe in logs and in the key's prefix. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  public ApiClient {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("client id must match " + ID.pattern() + ": " + id);
    }
    if (keySha256 == null || keySha256.length != 32) {
      throw new IllegalArgumentException(
          "client " + id + ": the key hash must be a SHA-256 (32 bytes)");
    }
    keySha256 = keySha256.clone();
    if (scopes == null || scopes.isEmpty()) {
      throw new IllegalArgumentException("client " + id + ": at least one scope");
    }
    scopes = Set.copyOf(scopes);
  }

  /**
   * Parses one configured entry {@code <id>:<sha256 hex of the whole key>[:<scope>+<scope>]};
   * without scopes the client may call the previews only.
   */
  public static ApiClient parse(String entry) {
    String[] parts = entry.strip().split(":", -1);
    if (parts.length < 2 || parts.length > 3) {
      throw new IllegalArgumentException(
          "client entry must be <id>:<sha256-hex>[:<scope>+<scope>], got "
              + parts.length
              + " parts");
    }
    String hex = parts[1].strip();
    if (!hex.matches("[0-9a-fA-F]{64}")) {
      throw new IllegalArgumentException(
          "client " + parts[0] + ": the key hash must be 64 hex digits (SHA-256)");
    }
    Set<Scope> scopes = Set.of(Scope.PREVIEWS);
    if (parts.length == 3) {
      scopes =
          java.util.Arrays.stream(parts[2].split("\\+"))
              .map(Scope::parse)
              .collect(java.util.stream.Collectors.toSet());
    }
    return new ApiClient(parts[0].strip(), HexFormat.of().parseHex(hex), scopes);
  }

  @Override
  public byte[] keySha256() {
    return keySha256.clone();
  }

  @Override
  public String toString() {
    return "ApiClient["
        + id
        + ", "
        + scopes
        + "]"; // never the hash: it is not needed to tell clients apart in logs
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiClient c
        && c.id.equals(id)
        && java.util.Arrays.equals(c.keySha256, keySha256)
        && c.scopes.equals(scopes);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
