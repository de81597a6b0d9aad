package dev.satpage.model.storage;

import dev.satpage.model.book.SatellitePageSpec;
import java.util.Optional;

/**
 * Where everything lives in the bucket. Book keys are deterministic from (book, Definition File
 * version); imagery keys are derived from the page spec (content-addressed), so retries and later
 * orders of the same home find the same objects.
 *
 * <pre>
 * books/{bookId}/definition.json                      the Definition File as the producer wrote it
 * books/{bookId}/v{n}/resolved/{dependencyId}.json    create-once completion markers (one per dependency)
 * books/{bookId}/v{n}/failed/{dependencyId}.json      create-once markers of dependencies that will not be made
 * books/{bookId}/v{n}/definition-patched.json         the Definition File with every placeholder resolved
 * books/{bookId}/v{n}/render-dispatch.json            create-once gate: the render job was (being) sent
 * books/{bookId}/v{n}/pages/{pageId}.jpg              rendered preview pages
 * books/{bookId}/v{n}/print/{fileName}               print PDF (create-once; name from the printhouse profile)
 * books/{bookId}/v{n}/print-ready.json                create-once gate: the print-ready event was (being) sent
 * books/{bookId}/v{n}/rendered.json                   create-once gate: the book-rendered event was (being) sent
 * books/{bookId}/v{n}/render-failed.json              create-once: the render job was refused for good (reason)
 * imagery/{cacheKey}/print.jpg | preview.jpg          stitched satellite pages
 * experiments/{name}/comparisons/{comparisonId}.json  one record per experiment comparison
 * experiments/{name}/thumbnails/{comparisonId}-{arm}.jpg  small JPEGs of both arms' pages
 * index/pending/{bookId}.json                         books accepted and not yet rendered (the stuck-book report's
 *                                                     index; the render worker deletes an entry once its book is
 *                                                     rendered, and the report drops any it finds rendered)
 * </pre>
 */
public final class S3Layout {
  private static final String BOOKS_PREFIX = "books/";
  private static final String JSON = ".json";

  private S3Layout() {}

  /**
   * The book a key belongs to: the {@code {bookId}} of a {@code books/{bookId}/…} key or of its
   * pending-index entry; empty for any other key (imagery, templates, experiments).
   */
  public static Optional<String> bookOf(String key) {
    if (key.startsWith(BOOKS_PREFIX)) {
      int end = key.indexOf('/', BOOKS_PREFIX.length());
      return end > BOOKS_PREFIX.length()
          ? Optional.of(key.substring(BOOKS_PREFIX.length(), end))
          : Optional.empty();
    }
    if (key.startsWith(PENDING_INDEX_PREFIX)
        && key.endsWith(JSON)
        && key.length() > PENDING_INDEX_PREFIX.length() + JSON.length()
        && key.indexOf('/', PENDING_INDEX_PREFIX.length()) < 0) {
      return Optional.of(
          key.substring(PENDING_INDEX_PREFIX.length(), key.length() - JSON.length()));
    }
    return Optional.empty();
  }

  public static String definition(String bookId) {
    return BOOKS_PREFIX + bookId + "/definition.json";
  }

  public static String resolvedPrefix(String bookId, int version) {
    return BOOKS_PREFIX + bookId + "/v" + version + "/resolved/";
  }

  public static String resolvedMarker(String bookId, int version, String dependencyId) {
    return resolvedPrefix(bookId, version) + dependencyId + ".json";
  }

  public static String failedMarker(String bookId, int version, String dependencyId) {
    return BOOKS_PREFIX + bookId + "/v" + version + "/failed/" + dependencyId + ".json";
  }

  public static String patchedDefinition(String bookId, int version) {
    return BOOKS_PREFIX + bookId + "/v" + version + "/definition-patched.json";
  }

  public static String renderDispatch(String bookId, int version) {
    return BOOKS_PREFIX + bookId + "/v" + version + "/render-dispatch.json";
  }

  public static String renderedPage(String bookId, int version, String pageId) {
    return renderedPagesPrefix(bookId, version) + pageId + ".jpg";
  }

  /** The prefix every rendered preview page of the book's version is under. */
  public static String renderedPagesPrefix(String bookId, int version) {
    return BOOKS_PREFIX + bookId + "/v" + version + "/pages/";
  }

  public static String printPdf(String bookId, int version, String fileName) {
    return BOOKS_PREFIX + bookId + "/v" + version + "/print/" + fileName;
  }

  public static String printReadyMarker(String bookId, int version) {
    return BOOKS_PREFIX + bookId + "/v" + version + "/print-ready.json";
  }

  public static String renderedMarker(String bookId, int version) {
    return BOOKS_PREFIX + bookId + "/v" + version + "/rendered.json";
  }

  public static String renderFailedMarker(String bookId, int version) {
    return BOOKS_PREFIX + bookId + "/v" + version + "/render-failed.json";
  }

  public static final String PENDING_INDEX_PREFIX = "index/pending/";

  public static String pendingIndex(String bookId) {
    return PENDING_INDEX_PREFIX + bookId + JSON;
  }

  public static String imageryPrint(SatellitePageSpec spec) {
    return "imagery/" + spec.cacheKey() + "/print.jpg";
  }

  public static String imageryPreview(SatellitePageSpec spec) {
    return "imagery/" + spec.cacheKey() + "/preview.jpg";
  }

  public static String experimentComparisonsPrefix(String experiment) {
    return "experiments/" + experiment + "/comparisons/";
  }

  public static String experimentComparison(String experiment, String comparisonId) {
    return experimentComparisonsPrefix(experiment) + comparisonId + ".json";
  }

  /** {@code arm} is {@code control} or {@code candidate}. */
  public static String experimentThumbnail(String experiment, String comparisonId, String arm) {
    return "experiments/" + experiment + "/thumbnails/" + comparisonId + "-" + arm + ".jpg";
  }
}
