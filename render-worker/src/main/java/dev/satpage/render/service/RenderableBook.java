package dev.satpage.render.service;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Dependency;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.json.Json;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.StoredObject;
import dev.satpage.model.storage.S3Uri;

/**
 * Loads a render job's Definition File and checks that the book may be rendered: it is the book and
 * version the job names and every dependency is RESOLVED. Each refusal is a {@link
 * PermanentFailure}. That the images it will draw exist (the previews of a preview book, the print
 * images of a print book) is found when they are read: a HEAD before the GET was one request more
 * per image for the same answer.
 */
final class RenderableBook {
  private RenderableBook() {}

  static DefinitionFile load(ObjectStore store, RenderJob job) {
    String key =
        keyInOurBucket(store, job.definitionUri(), FailureReason.BAD_DEFINITION_URI, "definition");
    StoredObject object =
        store
            .get(key)
            .orElseThrow(
                () ->
                    new PermanentFailure(
                        FailureReason.MISSING_OBJECT,
                        "definition " + job.definitionUri() + " does not exist"));
    DefinitionFile book;
    try {
      book = Json.read(object.content(), DefinitionFile.class);
    } catch (MessageFormatException e) {
      throw new PermanentFailure(
          FailureReason.INVALID_DEFINITION, job.definitionUri() + ": " + e.getMessage(), e);
    }
    if (!book.bookId().equals(job.bookId()) || book.version() != job.definitionVersion()) {
      throw new PermanentFailure(
          FailureReason.DEFINITION_MISMATCH,
          job.definitionUri()
              + " is book "
              + book.bookId()
              + " v"
              + book.version()
              + ", the job asks for book "
              + job.bookId()
              + " v"
              + job.definitionVersion());
    }
    if (!book.isComplete()) {
      // A half-resolved book must never be rendered: placeholders would end up in a child's book.
      throw new PermanentFailure(
          FailureReason.UNRESOLVED_DEPENDENCY,
          "book " + book.bookId() + " dependencies not resolved: " + book.unresolved());
    }
    return book;
  }

  /**
   * The key, in our bucket, of the image a page draws for a resolved dependency: print or preview.
   */
  static String imageKey(ObjectStore store, Dependency dependency, boolean print) {
    String uri = print ? dependency.printUri() : dependency.previewUri();
    return keyInOurBucket(
        store, uri, FailureReason.BAD_DEPENDENCY_URI, "dependency " + dependency.id());
  }

  /** "preview s3://…" or "print image s3://…", for failure details. */
  static String describe(Dependency dependency, boolean print) {
    return print ? "print image " + dependency.printUri() : "preview " + dependency.previewUri();
  }

  private static String keyInOurBucket(
      ObjectStore store, String uri, FailureReason reason, String what) {
    S3Uri parsed;
    try {
      parsed = S3Uri.parse(uri);
    } catch (MessageFormatException e) {
      throw new PermanentFailure(reason, what + ": " + e.getMessage(), e);
    }
    if (!parsed.bucket().equals(store.bucket())) {
      throw new PermanentFailure(reason, what + ": " + uri + " is not in bucket " + store.bucket());
    }
    return parsed.key();
  }
}
