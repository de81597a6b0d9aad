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
import dev.satpage.model.port.StoredObject;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.storage.S3Uri;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
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

  private static final String JSON = "application/json";

  private final ObjectStore store;
  private final JobQueue queue;
  private final OnceGate gate;
  private final Clock clock;
  private final CoordinatorObserver observer;
  private final ThreadFactory forks;

  public Coordinator(ObjectStore store, JobQueue queue, OnceGate gate, Clock clock) {
    this(store, queue, gate, clock, CoordinatorObserver.NONE);
  }

  public Coordinator(
      ObjectStore store, JobQueue queue, OnceGate gate, Clock clock, CoordinatorObserver observer) {
    this(store, queue, gate, clock, observer, Thread.ofVirtual().factory());
  }

  /**
   * {@code forks} makes the threads that carry store calls made at once (virtual threads; tests
   * pass their own to see which calls are in flight together; the app passes threads that carry the
   * caller's trace context).
   */
  public Coordinator(
      ObjectStore store,
      JobQueue queue,
      OnceGate gate,
      Clock clock,
      CoordinatorObserver observer,
      ThreadFactory forks) {
    this.store = store;
    this.queue = queue;
    this.gate = gate;
    this.clock = clock;
    this.observer = observer;
    this.forks = forks;
  }

  /**
   * Handles one completion; {@code owner} names this delivery in the gate claim (the SQS message
   * id; grants nothing). Four sequential store round trips from the message to the render job, five
   * when another marker of the book appears meanwhile or for a version 1 message
   * (docs/ARCHITECTURE.md, "The fan-in invariant"); this is the first.
   */
  public Result onCompleted(ImageryCompleted completion, String owner) {
    // Round trip 1, four independent calls at once: the Definition File, the two objects the
    // completion points at, and a first listing of the markers, whose contents round trip 2 then
    // reads alongside this completion's own marker write. A version 1 completion names no version,
    // so its markers' prefix is known only from the Definition File: it lists in round trip 3
    // only (one more round trip, for messages of before the version 2 deploy). Failures are
    // reported in the order they would be checked one by one.
    DefinitionFile original;
    int version;
    List<String> listed;
    try (ExecutorService calls = Executors.newThreadPerTaskExecutor(forks)) {
      Future<DefinitionFile> definition = calls.submit(() -> definition(completion.bookId()));
      Future<?> print = calls.submit(() -> requireOwnObject(completion.printUri()));
      Future<?> preview = calls.submit(() -> requireOwnObject(completion.previewUri()));
      Integer named = completion.definitionVersion();
      Future<List<String>> firstListing =
          named == null
              ? null
              : calls.submit(() -> store.list(S3Layout.resolvedPrefix(completion.bookId(), named)));
      original = join(definition);
      version = version("completion " + completion.jobId(), named, original);
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
      listed = firstListing == null ? List.of() : join(firstListing);
    }
    return record(completion, owner, original, version, listed);
  }

  /**
   * Round trips 2 and 3 (and 4 only if a marker appeared between the two listings): writes this
   * completion's marker, reads every marker, and dispatches if the book is complete.
   */
  private Result record(
      ImageryCompleted completion,
      String owner,
      DefinitionFile original,
      int version,
      List<String> listed) {
    String ownMarker =
        S3Layout.resolvedMarker(completion.bookId(), version, completion.dependencyId());
    // Markers are create-once and never rewritten or deleted, so a marker read once is final:
    // the ones the first listing showed are read while our own is written.
    Map<String, ImageryCompleted> recorded = new TreeMap<>();
    boolean first;
    try (ExecutorService calls = Executors.newThreadPerTaskExecutor(forks)) {
      Future<Boolean> created =
          calls.submit(
              () -> store.putIfAbsent(ownMarker, Json.writeBytes(completion), JSON).isPresent());
      Map<String, Future<Optional<StoredObject>>> reads = readAll(calls, listed);
      first = join(created);
      collect(reads, recorded);
    }
    if (!first) {
      observer.duplicateAbsorbed(completion.bookId(), "completion");
    }
    observer.stepDone(CoordinatorObserver.Step.MARKER_WRITTEN, completion.bookId());
    if (first) {
      recorded.put(ownMarker, completion); // it holds exactly this: no need to read it back
    }

    // Listed again after our own marker is written: whichever completion lists last sees every
    // marker (docs/ARCHITECTURE.md, "Never zero"). A key can be listed while its create-once PUT
    // is still in flight (seen with S3Proxy) and then not be readable yet; skipping it is safe: its
    // writer lists again after its own PUT completes and will see every marker.
    List<String> unread =
        store.list(S3Layout.resolvedPrefix(completion.bookId(), version)).stream()
            .filter(key -> !recorded.containsKey(key))
            .toList();
    if (!unread.isEmpty()) {
      try (ExecutorService calls = Executors.newThreadPerTaskExecutor(forks)) {
        collect(readAll(calls, unread), recorded);
      }
    }
    DefinitionFile patched = FanIn.patch(original, recorded.values());
    if (!patched.isComplete()) {
      log.info(
          "book {}: {} resolved, waiting for {}",
          patched.bookId(),
          recorded.size(),
          patched.unresolved());
      return Result.WAITING;
    }
    return dispatch(patched, version, owner, recorded.values());
  }

  /**
   * The last round trip: the patched Definition File is written while the gate is claimed, and the
   * render job, which names that file, is sent only once both returned.
   */
  private Result dispatch(
      DefinitionFile patched, int version, String owner, Collection<ImageryCompleted> recorded) {
    String patchedKey = S3Layout.patchedDefinition(patched.bookId(), version);
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
    OnceGate.Outcome outcome;
    try (ExecutorService calls = Executors.newThreadPerTaskExecutor(forks)) {
      // Every coordinator that gets here writes identical bytes (FanIn.patch is deterministic over
      // create-once markers), so writing it whether or not the claim is won changes nothing. A
      // failed write fails the action: nothing is sent, and the claim is taken over once stale by
      // a retry that writes the file again before it sends.
      Future<?> patchedWritten =
          calls.submit(() -> store.put(patchedKey, Json.writeBytes(patched), JSON));
      outcome =
          gate.run(
              S3Layout.renderDispatch(patched.bookId(), version),
              owner,
              () -> {
                observer.stepDone(CoordinatorObserver.Step.DISPATCH_CLAIMED, job.bookId());
                join(patchedWritten);
                observer.stepDone(CoordinatorObserver.Step.PATCHED_WRITTEN, job.bookId());
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
    }
    observer.stepDone(CoordinatorObserver.Step.DISPATCH_DONE, job.bookId());
    // The book stays in the stuck-book index until it is rendered (the scan drops it then): a
    // render job that is refused, lost or slow must stay visible too.
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

  /** Starts a GET of each key at once. */
  private Map<String, Future<Optional<StoredObject>>> readAll(
      ExecutorService calls, List<String> keys) {
    Map<String, Future<Optional<StoredObject>>> reads = new LinkedHashMap<>();
    for (String key : keys) {
      reads.put(key, calls.submit(() -> store.get(key)));
    }
    return reads;
  }

  /** Adds the markers read to {@code recorded}; a key not readable yet is left out. */
  private static void collect(
      Map<String, Future<Optional<StoredObject>>> reads, Map<String, ImageryCompleted> recorded) {
    reads.forEach(
        (key, read) ->
            join(read)
                .ifPresent(o -> recorded.put(key, Json.read(o.content(), ImageryCompleted.class))));
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
        JSON);
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
