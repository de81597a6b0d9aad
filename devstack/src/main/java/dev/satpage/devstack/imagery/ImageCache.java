package dev.satpage.devstack.imagery;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small LRU of encoded images, bounded by entry count and total bytes, so repeated requests cost
 * no rendering.
 */
final class ImageCache<K> {
  static final int DEFAULT_MAX_ENTRIES = 64;
  static final long DEFAULT_MAX_BYTES = 128L * 1024 * 1024;

  private final int maxEntries;
  private final long maxBytes;
  private final LinkedHashMap<K, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  ImageCache(int maxEntries, long maxBytes) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /**
   * The cached bytes for {@code key}, computing them outside the lock on a miss (two concurrent
   * misses may both render; the result is identical, so that is only wasted work).
   */
  byte[] get(K key, Function<K, byte[]> encoder) {
    synchronized (this) {
      byte[] hit = entries.get(key);
      if (hit != null) {
        return hit;
      }
    }
    byte[] encoded = encoder.apply(key);
    synchronized (this) {
      byte[] previous = entries.put(key, encoded);
      bytes += encoded.length - (previous == null ? 0 : previous.length);
      Iterator<Map.Entry<K, byte[]>> eldest = entries.entrySet().iterator();
      while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
        bytes -= eldest.next().getValue().length;
        eldest.remove();
      }
    }
    return encoded;
  }
}
