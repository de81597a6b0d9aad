package dev.satpage.render.template;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The templates of {@link TemplateStore}, each kept for {@code keepFor} after it was read: a book
 * read the template, its font (~700 KB) and its art from S3 on every render job, and hashed the
 * font to find its parsed copy. A template changed in S3 applies to the books rendered after at
 * most {@code keepFor}.
 */
public final class TemplateCache {
  /** A changed template is picked up within a minute. */
  public static final Duration DEFAULT_KEEP_FOR = Duration.ofMinutes(1);

  private record Entry(Template template, Instant readAt) {}

  private final TemplateStore store;
  private final Clock clock;
  private final Duration keepFor;
  private final Map<String, Entry> entries = new HashMap<>();

  public TemplateCache(TemplateStore store, Clock clock, Duration keepFor) {
    if (keepFor.isNegative()) {
      throw new IllegalArgumentException("keepFor must not be negative: " + keepFor);
    }
    this.store = store;
    this.clock = clock;
    this.keepFor = keepFor;
  }

  /** The product's template as {@link TemplateStore#load} gives it, read again once expired. */
  public Template load(String productId) {
    Instant now = clock.instant();
    synchronized (entries) {
      Entry cached = entries.get(productId);
      if (cached != null && now.isBefore(cached.readAt().plus(keepFor))) {
        return cached.template();
      }
    }
    // Read outside the lock: two jobs may both read an expired template; either copy is right.
    Template read = store.load(productId);
    synchronized (entries) {
      entries.put(productId, new Entry(read, now));
    }
    return read;
  }
}
