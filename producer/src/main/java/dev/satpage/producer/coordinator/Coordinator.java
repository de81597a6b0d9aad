package dev.satpage.producer.coordinator;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.gate.OnceGate;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.message.ImageryFailed;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.storage.S3Uri;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records each imagery completion and, once every dependency of a book is resolved, writes the
 * patched Definition File and dispatches exactly one render job. State lives in S3 only: one
 * create-once marker per resolved dependency, the deterministic patched file, and a {@link
 * OnceGate} around the dispatch. See docs/ARCHITECTURE.md, "The fan-in invariant", for why no book
 * is dispatched twice, never, or while a dependency is unresolved.
 */
public final class Coordinator {
  private static final Logger log = LoggerFactory.getLogger(Coordinator.class);

  /** What handling one completion led to. */
  public enum Result {
    WAITING,
    DISPATCHED,
    ALREADY_DISPATCHED
  }

  private final ObjectStore store;
  private final JobQueue queue;
  private final OnceGate gate;
  private final Clock clock;
  private final CoordinatorObserver observer;

  public Coordinator(ObjectStore store, JobQueue queue, OnceGate gate, Clock clock) {
    this(store, queue, gate, clock, CoordinatorObserver.NONE);
  }

  public Coordinator(
      ObjectStore store, JobQueue queue, OnceGate gate, Clock clock, CoordinatorObserver observer) {
    this.store = store;
    this.queue = queue;
    this.gate = gate;
    this.clock = clock;
    this.observer = observer;
  }

  /**
   * Handles one completion; {@code owner} names this delivery in the gate claim (the SQS message
   * id; grants nothing).
   */
  public Result onCompleted(ImageryCompleted completion, String owner) {
    // Three independent reads at once (one round trip instead of three on the fan-in path): the
    // Definition File and the two objects the completion points at. Failures are reported in the
    // order they would be checked one by one.
    try (ExecutorService reads = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<DefinitionFile> definition = reads.submit(() -> definition(completion.bookId()));
      Future<?> print = reads.submit(() -> requireOwnObject(completion.printUri()));
      Future<?> preview = reads.submit(() -> requireOwnObject(completion.previewUri()));
      DefinitionFile original = join(definition);
      int version =
          version("completion " + completion.jobId(), completion.definitionVersion(), original);
      if (!original.dependencies().containsKey(completion.dependencyId())) {
        throw new PermanentFailure(
            FailureReason.UNKNOWN_DEPENDENCY,
            "book "
                + completion.bookId()
                + " has no dependency '"
                + completion.dependencyId()
                + "'");
      }
      join(print);
      join(preview);
      return record(completion, owner, original, version);
    }
  }

  private Result record(
      ImageryCompleted completion, String owner, DefinitionFile original, int version) {
    String ownMarker =
        S3Layout.resolvedMarker(completion.bookId(), version, completion.dependencyId());
    boolean first = store.putIfAbsent(ownMarker, Json.writeBytes(completion), "application/json");
    if (!first) {
      observer.duplicateAbsorbed(completion.bookId(), "completion");
    }
    observer.stepDone(CoordinatorObserver.Step.MARKER_WRITTEN, completion.bookId());

    // A key can be listed while its create-once PUT is still in flight (seen with S3Proxy);
    // skipping it is safe: its
    // writer lists again after its own PUT completes and will see every marker.
    // The marker this delivery just created holds exactly `completion`: no need to read it back.
    List<ImageryCompleted> recorded =
        store.list(S3Layout.resolvedPrefix(completion.bookId(), version)).stream()
            .map(
                key ->
                    first && key.equals(ownMarker)
                        ? java.util.Optional.of(completion)
                        : store.get(key).map(o -> Json.read(o.content(), ImageryCompleted.class)))
            .flatMap(java.util.Optional::stream)
            .toList();
    DefinitionFile patched = FanIn.patch(original, recorded);
    if (!patched.isComplete()) {
      log.info(
          "book {}: {} resolved, waiting for {}",
          patched.bookId(),
          recorded.size(),
          patched.unresolved());
      return Result.WAITING;
    }

    String patchedKey = S3Layout.patchedDefinition(patched.bookId(), version);
    store.put(patchedKey, Json.writeBytes(patched), "application/json");
    observer.stepDone(CoordinatorObserver.Step.PATCHED_WRITTEN, patched.bookId());
    Instant lastCompletion =
        recorded.stream()
            .map(ImageryCompleted::completedAt)
            .max(Instant::compareTo)
            .orElse(clock.instant());
    RenderJob job =
        new RenderJob(
            RenderJob.SCHEMA_VERSION,
            RenderJob.idempotencyKey(patched.bookId(), version),
            patched.orderId(),
            patched.bookId(),
            version,
            store.uriOf(patchedKey),
            clock.instant());
    OnceGate.Outcome outcome =
        gate.run(
            S3Layout.renderDispatch(patched.bookId(), version),
            owner,
            () -> {
              observer.stepDone(CoordinatorObserver.Step.DISPATCH_CLAIMED, job.bookId());
              queue.send(
                  Queues.RENDER_JOBS_NAME,
                  new OutboundMessage(
                      job.idempotencyKey(),
                      Json.write(job),
                      Map.of(
                          FailureAttributes.ORDER_ID,
                          job.orderId(),
                          FailureAttributes.BOOK_ID,
                          job.bookId())));
              observer.stepDone(CoordinatorObserver.Step.RENDER_JOB_SENT, job.bookId());
            });
    observer.stepDone(CoordinatorObserver.Step.DISPATCH_DONE, job.bookId());
    // The book stays in the stuck-book index until it is rendered (the scan drops it then): a
    // render job that is
    // refused, lost or slow must stay visible too.
    if (outcome == OnceGate.Outcome.PERFORMED) {
      Duration fanIn = Duration.between(lastCompletion, clock.instant());
      observer.dispatched(patched.bookId(), fanIn.isNegative() ? Duration.ZERO : fanIn);
      log.info(
          "book {}: complete, render job dispatched ({} ms after its last page)",
          patched.bookId(),
          fanIn.toMillis());
      return Result.DISPATCHED;
    }
    observer.duplicateAbsorbed(patched.bookId(), "dispatch");
    return Result.ALREADY_DISPATCHED;
  }

  /**
   * Records a dependency that will not be made; the book stays blocked and visible (issue: stuck
   * books).
   */
  public void onFailed(ImageryFailed failure) {
    int version =
        version(
            "failure " + failure.jobId(),
            failure.definitionVersion(),
            definition(failure.bookId()));
    store.putIfAbsent(
        S3Layout.failedMarker(failure.bookId(), version, failure.dependencyId()),
        Json.writeBytes(failure),
        "application/json");
    log.warn(
        "book {} blocked: dependency {} failed: {}",
        failure.bookId(),
        failure.dependencyId(),
        failure.reason());
  }

  /**
   * The Definition File version whose markers a message is recorded under: the one it names
   * (version 2 messages), which must be the stored file's, or the stored file's for a version 1
   * message, which names none. A book id has one body for ever (docs/ARCHITECTURE.md, "One book,
   * one body"), so another version means that body was replaced under the book: the message is
   * refused with {@code definition-mismatch} rather than recorded under either version, which would
   * mix two bodies in one book.
   */
  private int version(String message, Integer named, DefinitionFile stored) {
    if (named == null) {
      return stored.version();
    }
    if (named != stored.version()) {
      throw new PermanentFailure(
          FailureReason.DEFINITION_MISMATCH,
          message
              + " is for v"
              + named
              + " of book "
              + stored.bookId()
              + ", whose Definition File "
              + store.uriOf(S3Layout.definition(stored.bookId()))
              + " is v"
              + stored.version());
    }
    return named;
  }

  private DefinitionFile definition(String bookId) {
    return store
        .get(S3Layout.definition(bookId))
        .map(o -> Json.read(o.content(), DefinitionFile.class))
        .orElseThrow(
            () ->
                new PermanentFailure(
                    FailureReason.UNKNOWN_BOOK,
                    "no Definition File at " + store.uriOf(S3Layout.definition(bookId))));
  }

  private static <T> T join(Future<T> read) {
    try {
      return read.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransientFailure("interrupted while reading book state", e);
    }
  }

  private void requireOwnObject(String uri) {
    S3Uri parsed = S3Uri.parse(uri);
    if (!parsed.bucket().equals(store.bucket()) || !store.exists(parsed.key())) {
      throw new PermanentFailure(
          FailureReason.MISSING_OBJECT, uri + " does not exist in bucket " + store.bucket());
    }
  }
}
