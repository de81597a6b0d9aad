package dev.satpage.render.service;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Dependency;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.render.page.TestImages;
import java.awt.Color;
import java.time.Instant;

/**
 * Puts books into a store as the coordinator leaves them, and builds the render job that names
 * them.
 */
public final class BookSeeds {
  public static final String ATTRIBUTION = "Imagery © Example Aerial, test data";

  private BookSeeds() {}

  /**
   * Resolves every dependency of {@code book} to preview (and print) objects written into {@code
   * store}.
   */
  public static DefinitionFile resolveAll(ObjectStore store, DefinitionFile book) {
    DefinitionFile resolved = book;
    int i = 0;
    for (Dependency dependency : book.dependencies().values()) {
      resolved = resolve(store, resolved, dependency.id(), i++);
    }
    return resolved;
  }

  /**
   * Resolves one dependency, writing its preview (a two-colour picture) and its print image (a
   * 4000×3000 JPEG) into {@code store}.
   */
  public static DefinitionFile resolve(
      ObjectStore store, DefinitionFile book, String dependencyId, int seed) {
    Dependency dependency = book.dependency(dependencyId);
    String previewKey = S3Layout.imageryPreview(dependency.spec());
    String printKey = S3Layout.imageryPrint(dependency.spec());
    Color left = new Color(40 + 30 * seed, 120, 60);
    Color right = new Color(90, 90 + 20 * seed, 160);
    store.put(previewKey, TestImages.halves(1000, 750, left, right, "jpeg"), "image/jpeg");
    store.put(printKey, TestImages.printJpeg(), "image/jpeg");
    return book.with(
        dependency.resolved(store.uriOf(printKey), store.uriOf(previewKey), ATTRIBUTION));
  }

  /** Writes {@code book} as its patched Definition File and returns the render job for it. */
  public static RenderJob store(ObjectStore store, DefinitionFile book) {
    String key = S3Layout.patchedDefinition(book.bookId(), book.version());
    store.put(key, Json.writeBytes(book), "application/json");
    return jobFor(book, store.uriOf(key));
  }

  public static RenderJob jobFor(DefinitionFile book, String definitionUri) {
    return new RenderJob(
        RenderJob.SCHEMA_VERSION,
        RenderJob.idempotencyKey(book.bookId(), book.version()),
        book.orderId(),
        book.bookId(),
        book.version(),
        definitionUri,
        Instant.parse("2030-01-01T00:00:00Z"));
  }
}
