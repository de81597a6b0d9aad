package dev.satpage.render.service;

import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.StoredObject;
import dev.satpage.model.port.WriteOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An {@link ObjectStore} decorator that records the key of every write attempt, so tests can count
 * them.
 */
final class RecordingObjectStore implements ObjectStore {
  private final ObjectStore delegate;
  private final List<String> writes = Collections.synchronizedList(new ArrayList<>());

  RecordingObjectStore(ObjectStore delegate) {
    this.delegate = delegate;
  }

  /**
   * Keys written (put, putIfAbsent, replaceIfMatch or delete), in order, whether or not the write
   * took effect.
   */
  List<String> writes() {
    return List.copyOf(writes);
  }

  @Override
  public String bucket() {
    return delegate.bucket();
  }

  @Override
  public void put(String key, byte[] content, WriteOptions options) {
    writes.add(key);
    delegate.put(key, content, options);
  }

  @Override
  public Optional<String> putIfAbsent(String key, byte[] content, String contentType) {
    writes.add(key);
    return delegate.putIfAbsent(key, content, contentType);
  }

  @Override
  public Optional<String> replaceIfMatch(
      String key, byte[] content, String contentType, String expectedEtag) {
    writes.add(key);
    return delegate.replaceIfMatch(key, content, contentType, expectedEtag);
  }

  @Override
  public void delete(String key) {
    writes.add(key);
    delegate.delete(key);
  }

  @Override
  public Optional<StoredObject> get(String key) {
    return delegate.get(key);
  }

  @Override
  public boolean exists(String key) {
    return delegate.exists(key);
  }

  @Override
  public List<String> list(String prefix) {
    return delegate.list(prefix);
  }
}
