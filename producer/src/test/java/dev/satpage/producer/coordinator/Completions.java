package dev.satpage.producer.coordinator;

import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.port.ObjectStore;
import java.time.Instant;

/** Completions of book b1's satellite pages, their two images stored first (as a worker does). */
final class Completions {
  private Completions() {}

  /** The completion of {@code dep}; {@code version} null makes it a version 1 message. */
  static ImageryCompleted of(ObjectStore store, String dep, Integer version, Instant completedAt) {
    String print = "imagery/" + dep + "/print.jpg";
    String preview = "imagery/" + dep + "/preview.jpg";
    store.put(print, new byte[] {1}, "image/jpeg");
    store.put(preview, new byte[] {2}, "image/jpeg");
    return new ImageryCompleted(
        version == null ? ImageryCompleted.OLDEST_SCHEMA_VERSION : ImageryCompleted.SCHEMA_VERSION,
        "b1/" + dep,
        "order-1",
        "b1",
        version,
        dep,
        store.uriOf(print),
        store.uriOf(preview),
        4000,
        3000,
        "sim",
        "© sim",
        completedAt);
  }
}
