package dev.satpage.render.service;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Dependency;
import dev.satpage.model.book.Page;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.book.RenderFailure;
import dev.satpage.model.failure.DoNotRetry;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.gate.OnceGate;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.render.page.DependencyImage;
import dev.satpage.render.page.PageRenderer;
import dev.satpage.render.print.PdfBookRenderer;
import dev.satpage.render.template.Template;
import dev.satpage.render.template.TemplateCache;
import dev.satpage.render.template.TemplateStore;
import dev.satpage.render.text.FontChain;
import dev.satpage.render.text.Typesetter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a book whose dependencies are all resolved and emits {@link BookRendered} once per (book,
 * Definition File version). Preview books become one JPEG per page; print books one PDF, announced
 * on {@code printhouse-delivery} as well. Outputs are written create-once; a repeated job writes
 * nothing and sends nothing.
 */
public final class RenderService {
  /** What {@link #handle} did. */
  public enum Outcome {
    RENDERED,
    DUPLICATE
  }

  private static final Logger log = LoggerFactory.getLogger(RenderService.class);

  private final ObjectStore store;
  private final JobQueue queue;
  private final PageRenderer renderer;
  private final FontChain fonts;
  private final TemplateCache templates;
  private final PrintDelivery print;
  private final OnceGate gate;
  private final Clock clock;
  private final String instanceId;

  /**
   * {@code instanceId} names this process in gate claims, e.g. a UUID chosen at start-up; {@code
   * fonts} set the preview pages' text ({@code printRenderer} is given the same chain).
   */
  public RenderService(
      ObjectStore store,
      JobQueue queue,
      PageRenderer renderer,
      FontChain fonts,
      PdfBookRenderer printRenderer,
      OnceGate gate,
      Clock clock,
      String instanceId) {
    this.store = store;
    this.queue = queue;
    this.renderer = renderer;
    this.fonts = fonts;
    this.templates =
        new TemplateCache(new TemplateStore(store), clock, TemplateCache.DEFAULT_KEEP_FOR);
    this.print = new PrintDelivery(store, queue, printRenderer, gate, clock);
    this.gate = gate;
    this.clock = clock;
    this.instanceId = instanceId;
  }

  /** Handles a job outside any queue delivery (tools, tests): each call is its own attempt. */
  public Outcome handle(RenderJob job) {
    return handle(job, UUID.randomUUID().toString());
  }

  /**
   * Handles one delivery of a job. {@code deliveryId} (the SQS message id) goes into the gate
   * claims as information (who holds a gate); it grants nothing: a redelivery of our own
   * interrupted attempt waits for the claim to go stale like anyone else, since the same message
   * may be in two consumers' hands at once (see {@link OnceGate}).
   */
  public Outcome handle(RenderJob job, String deliveryId) {
    try {
      return render(job, deliveryId);
    } catch (RuntimeException e) {
      PermanentFailure permanent = DoNotRetry.permanent(e).orElseThrow(() -> e);
      // The job goes to the DLQ: leave the reason where the book's status is read from, or it would
      // show RENDERING.
      RenderFailure failure =
          new RenderFailure(
              RenderFailure.SCHEMA_VERSION,
              job.bookId(),
              job.definitionVersion(),
              permanent.reason() + ": " + truncate(permanent.detail()),
              clock.instant());
      store.putIfAbsent(
          S3Layout.renderFailedMarker(job.bookId(), job.definitionVersion()),
          Json.writeBytes(failure),
          "application/json");
      throw permanent;
    }
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 900 ? String.valueOf(s) : s.substring(0, 899) + "…";
  }

  private Outcome render(RenderJob job, String deliveryId) {
    DefinitionFile book = RenderableBook.load(store, job);
    String marker = S3Layout.renderedMarker(book.bookId(), book.version());
    if (gate.isDone(marker)) {
      log.info(
          "duplicate render job {}: book already rendered, nothing to do", job.idempotencyKey());
      return Outcome.DUPLICATE;
    }
    String owner = instanceId + "/" + deliveryId;
    Template template = templates.load(book.productId());
    List<String> uris =
        book.purpose() == Purpose.PRINT
            ? List.of(print.deliver(job, book, template, () -> loadImages(book, true), owner))
            : writePages(book, template);
    BookRendered event =
        new BookRendered(
            BookRendered.SCHEMA_VERSION,
            job.idempotencyKey(),
            book.orderId(),
            book.bookId(),
            book.purpose(),
            uris,
            clock.instant());
    OutboundMessage message =
        new OutboundMessage(
            "book-rendered",
            Json.write(event),
            Map.of(
                FailureAttributes.ORDER_ID,
                book.orderId(),
                FailureAttributes.BOOK_ID,
                book.bookId()));
    OnceGate.Outcome sent =
        gate.run(marker, owner, () -> queue.send(Queues.BOOK_RENDERED_NAME, message));
    // Finished: out of the unfinished-books index the stuck-book report scans (idempotent; the scan
    // drops it too).
    store.delete(S3Layout.pendingIndex(book.bookId()));
    if (sent == OnceGate.Outcome.ALREADY_DONE) {
      log.info(
          "duplicate render job {}: another delivery sent book-rendered first",
          job.idempotencyKey());
      return Outcome.DUPLICATE;
    }
    log.info(
        "rendered {} book {} v{}: {} pages",
        book.purpose(),
        book.bookId(),
        book.version(),
        book.pages().size());
    return Outcome.RENDERED;
  }

  /**
   * Renders and writes every page create-once; returns their URIs in order. A page an earlier,
   * interrupted attempt wrote stands (the write is refused): asking first would cost a HEAD per
   * page on every book to save rendering on the rare retry.
   */
  private List<String> writePages(DefinitionFile book, Template template) {
    Map<String, DependencyImage> images = loadImages(book, false);
    Typesetter typesetter =
        fonts.typesetter(template.font(), template.spec().font(), template.direction());
    List<String> uris = new ArrayList<>();
    for (Page page : book.pages()) {
      String key = S3Layout.renderedPage(book.bookId(), book.version(), page.pageId());
      // Create-once: if a concurrent or earlier attempt wrote the page first, its copy stands and
      // ours is dropped.
      store.putIfAbsent(
          key, renderer.render(page, images, template, typesetter), renderer.contentType());
      uris.add(store.uriOf(key));
    }
    return uris;
  }

  /**
   * Every dependency's image by id: the print JPEG for a print book, the preview JPEG otherwise.
   */
  private Map<String, DependencyImage> loadImages(DefinitionFile book, boolean print) {
    Map<String, DependencyImage> images = new LinkedHashMap<>();
    for (Dependency dependency : book.dependencies().values()) {
      String key = RenderableBook.imageKey(store, dependency, print);
      byte[] content =
          store
              .get(key)
              .orElseThrow(
                  () ->
                      new PermanentFailure(
                          FailureReason.MISSING_OBJECT,
                          "book "
                              + book.bookId()
                              + " dependency "
                              + dependency.id()
                              + ": "
                              + RenderableBook.describe(dependency, print)
                              + " does not exist"))
              .content();
      String uri = print ? dependency.printUri() : dependency.previewUri();
      images.put(
          dependency.id(),
          new DependencyImage(dependency.id(), uri, content, dependency.attribution()));
    }
    return images;
  }
}
