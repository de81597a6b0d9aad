package dev.satpage.imagery;

import dev.satpage.model.port.ObjectStore;
import java.util.Map;

/**
 * Writes an output object with user metadata (job id, provider, attribution). Until {@link ObjectStore} carries
 * metadata, {@link #plain} drops it; the S3 adapter in the app sets it with a SHA-256 checksum and SSE.
 */
@FunctionalInterface
public interface PageUploads {
  void put(String key, byte[] content, String contentType, Map<String, String> metadata);

  /** Uploads through the store's plain {@code put}, without metadata. */
  static PageUploads plain(ObjectStore store) {
    return (key, content, contentType, metadata) -> store.put(key, content, contentType);
  }
}
