package dev.satpage.e2e.chaos;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Dependency;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.storage.S3Uri;
import java.util.List;

/**
 * Reads back what a rendered book was made from: its patched Definition File, checked complete and
 * present in S3.
 */
final class RenderedBooks {
  private RenderedBooks() {}

  static InvariantChecker.RenderedBook inspect(ObjectStore store, BookRendered event) {
    int version =
        Integer.parseInt(
            event.idempotencyKey().substring(event.idempotencyKey().lastIndexOf("/v") + 2));
    boolean complete =
        store
            .get(S3Layout.patchedDefinition(event.bookId(), version))
            .map(o -> Json.read(o.content(), DefinitionFile.class))
            .map(
                d ->
                    d.isComplete()
                        && d.dependencies().values().stream().allMatch(dep -> exists(store, dep)))
            .orElse(false);
    List<String> outputs = event.pageUris();
    // An announced output that is not in S3 counts as a bad render as well.
    boolean outputsExist = outputs.stream().allMatch(u -> exists(store, u));
    return new InvariantChecker.RenderedBook(event.bookId(), complete && outputsExist, outputs);
  }

  private static boolean exists(ObjectStore store, Dependency d) {
    return exists(store, d.printUri()) && exists(store, d.previewUri());
  }

  private static boolean exists(ObjectStore store, String uri) {
    return uri != null && store.exists(S3Uri.parse(uri).key());
  }
}
