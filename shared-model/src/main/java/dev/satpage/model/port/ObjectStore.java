package dev.satpage.model.port;

import java.util.List;
import java.util.Optional;

/**
 * The object store of one bucket (S3 in production, S3Proxy locally). Conditional writes follow S3
 * semantics: https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html
 */
public interface ObjectStore {
  /** The bucket this store writes to. */
  String bucket();

  /** Writes (or overwrites) an object as {@code options} say: metadata, encryption, checksum. */
  void put(String key, byte[] content, WriteOptions options);

  /** Writes (or overwrites) an object with just its content type ({@link WriteOptions#of}). */
  default void put(String key, byte[] content, String contentType) {
    put(key, content, WriteOptions.of(contentType));
  }

  /**
   * Creates the object only if no object has the key ({@code If-None-Match: *}); returns the entity
   * tag of the object created, or empty if one already existed.
   */
  Optional<String> putIfAbsent(String key, byte[] content, String contentType);

  /**
   * Replaces the object only if its entity tag is still {@code expectedEtag} ({@code If-Match});
   * returns the entity tag of the object written, or empty if it was not.
   */
  Optional<String> replaceIfMatch(
      String key, byte[] content, String contentType, String expectedEtag);

  /** Deletes the object if it exists; deleting a missing key is not an error (S3 semantics). */
  void delete(String key);

  /** The object, or empty if there is none. */
  Optional<StoredObject> get(String key);

  /** Whether an object with the key exists (HEAD). */
  boolean exists(String key);

  /** Keys under a prefix, in lexicographic order. */
  List<String> list(String prefix);

  /** The {@code s3://bucket/key} URI of a key in this store. */
  default String uriOf(String key) {
    return "s3://" + bucket() + "/" + key;
  }
}
