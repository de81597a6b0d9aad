package dev.satpage.model.testing;

import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.StoredObject;
import dev.satpage.model.port.WriteOptions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * An {@link ObjectStore} in memory with S3's conditional-write semantics, keeping each object's
 * content type and user metadata; thread-safe. (Encryption and checksums are what S3 does with the
 * bytes on its side: nothing to keep here.) It can be told to meet concurrent conflicting writes
 * ({@link #conflictOnNextConditionalWrites}) and answers them as the port promises for S3's 409
 * {@code ConditionalRequestConflict}: retried a few times, then a {@link TransientFailure}.
 */
public class InMemoryObjectStore implements ObjectStore {
  /**
   * Attempts of one conditional write against injected conflicts (the port promises "a few", then
   * transient).
   */
  static final int CONFLICT_ATTEMPTS = 4;

  private final String bucket;
  private final ConcurrentSkipListMap<String, StoredObject> objects = new ConcurrentSkipListMap<>();
  private final Map<String, Conflicts> conflicts = new ConcurrentHashMap<>();
  private final Map<String, Integer> requests = new ConcurrentHashMap<>();

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
  public void put(String key, byte[] content, WriteOptions options) {
    count("PutObject");
    objects.put(
        key,
        new StoredObject(
            key, content.clone(), options.contentType(), etag(content), options.metadata()));
  }

  @Override
  public Optional<String> putIfAbsent(String key, byte[] content, String contentType) {
    count("PutObject");
    awaitNoConflict(key);
    StoredObject created = object(key, content, contentType);
    return objects.putIfAbsent(key, created) == null
        ? Optional.of(created.etag())
        : Optional.empty();
  }

  @Override
  public Optional<String> replaceIfMatch(
      String key, byte[] content, String contentType, String expectedEtag) {
    count("PutObject");
    awaitNoConflict(key);
    return replace(key, content, contentType, expectedEtag);
  }

  /**
   * The next {@code times} conditional writes of {@code key} meet a conflict; {@code competitor}
   * runs at the first.
   */
  public void conflictOnNextConditionalWrites(String key, int times, Runnable competitor) {
    conflicts.put(key, new Conflicts(times, competitor));
  }

  private void awaitNoConflict(String key) {
    for (int attempt = 1; attempt <= CONFLICT_ATTEMPTS; attempt++) {
      Conflicts c = conflicts.get(key);
      if (c == null || !c.take()) {
        return;
      }
    }
    throw new TransientFailure(
        "conditional write of "
            + key
            + " met a concurrent write "
            + CONFLICT_ATTEMPTS
            + " times (409 ConditionalRequestConflict)");
  }

  private static final class Conflicts {
    private int left;
    private Runnable competitor;

    Conflicts(int left, Runnable competitor) {
      this.left = left;
      this.competitor = competitor;
    }

    /** True if this attempt meets a conflict (after running the competitor, once). */
    boolean take() {
      Runnable run;
      synchronized (this) {
        if (left == 0) {
          return false;
        }
        left--;
        run = competitor;
        competitor = null;
      }
      if (run != null) {
        run.run();
      }
      return true;
    }
  }

  private synchronized Optional<String> replace(
      String key, byte[] content, String contentType, String expectedEtag) {
    StoredObject current = objects.get(key);
    StoredObject next = object(key, content, contentType);
    if (current == null
        || !current.etag().equals(expectedEtag)
        || !objects.replace(key, current, next)) {
      return Optional.empty();
    }
    return Optional.of(next.etag());
  }

  @Override
  public void delete(String key) {
    count("DeleteObject");
    objects.remove(key);
  }

  @Override
  public Optional<StoredObject> get(String key) {
    count("GetObject");
    return Optional.ofNullable(objects.get(key));
  }

  @Override
  public boolean exists(String key) {
    count("HeadObject");
    return objects.containsKey(key);
  }

  @Override
  public List<String> list(String prefix) {
    count("ListObjectsV2");
    return objects.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
  }

  /**
   * The S3 requests the real adapter would have sent so far, by operation ({@code GetObject},
   * {@code HeadObject}, {@code PutObject}, {@code DeleteObject}, {@code ListObjectsV2}), one per
   * call: what a path costs in requests.
   */
  public Map<String, Integer> requests() {
    return new TreeMap<>(requests);
  }

  /** Forgets the requests counted so far (after a test's setup). */
  public void clearRequests() {
    requests.clear();
  }

  private void count(String operation) {
    requests.merge(operation, 1, Integer::sum);
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
      return "\""
          + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content))
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
