package dev.satpage.model.testing;

import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.StoredObject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** An {@link ObjectStore} in memory with S3's conditional-write semantics; thread-safe. */
public class InMemoryObjectStore implements ObjectStore {
  private final String bucket;
  private final ConcurrentSkipListMap<String, StoredObject> objects = new ConcurrentSkipListMap<>();

  public InMemoryObjectStore(String bucket) {
    this.bucket = bucket;
  }

  public InMemoryObjectStore() {
    this("in-memory");
  }

  @Override
  public String bucket() {
    return bucket;
  }

  @Override
  public void put(String key, byte[] content, String contentType) {
    objects.put(key, object(key, content, contentType));
  }

  @Override
  public boolean putIfAbsent(String key, byte[] content, String contentType) {
    return objects.putIfAbsent(key, object(key, content, contentType)) == null;
  }

  @Override
  public synchronized boolean replaceIfMatch(String key, byte[] content, String contentType, String expectedEtag) {
    StoredObject current = objects.get(key);
    if (current == null || !current.etag().equals(expectedEtag)) {
      return false;
    }
    return objects.replace(key, current, object(key, content, contentType));
  }

  @Override
  public void delete(String key) {
    objects.remove(key);
  }

  @Override
  public Optional<StoredObject> get(String key) {
    return Optional.ofNullable(objects.get(key));
  }

  @Override
  public boolean exists(String key) {
    return objects.containsKey(key);
  }

  @Override
  public List<String> list(String prefix) {
    return objects.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
  }

  /** Number of objects held, for assertions. */
  public int size() {
    return objects.size();
  }

  private static StoredObject object(String key, byte[] content, String contentType) {
    return new StoredObject(key, content.clone(), contentType, etag(content));
  }

  private static String etag(byte[] content) {
    try {
      return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content)) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
