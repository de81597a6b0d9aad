package dev.satpage.model.port;

import java.util.Map;

/**
 * An object read from the store, with the entity tag to use for a later compare-and-set and its
 * user metadata (as {@link WriteOptions} wrote it).
 */
public record StoredObject(
    String key, byte[] content, String contentType, String etag, Map<String, String> metadata) {
  public StoredObject {
    metadata = Map.copyOf(metadata);
  }

  /** An object without user metadata. */
  public StoredObject(String key, byte[] content, String contentType, String etag) {
    this(key, content, contentType, etag, Map.of());
  }
}
