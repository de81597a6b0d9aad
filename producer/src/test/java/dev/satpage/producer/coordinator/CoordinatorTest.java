package dev.satpage.producer.coordinator;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.gate.OnceGate;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.message.ImageryFailed;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.testing.Books;
import dev.satpage.model.testing.InMemoryJobQueue;
import dev.satpage.model.testing.InMemoryObjectStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class CoordinatorTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
  private final InMemoryObjectStore store = new InMemoryObjectStore("bucket");
  private final InMemoryJobQueue queue = new InMemoryJobQueue();
  private final Coordinator coordinator =
      new Coordinator(store, queue, new OnceGate(store, clock, Duration.ofMinutes(2)), clock);
  private final DefinitionFile book = Books.aBook().withId("b1").withSatellitePages(2).build();

  CoordinatorTest() {
    store.put(S3Layout.definition("b1"), Json.writeBytes(book), "application/json");
  }

  private ImageryCompleted completion(String dependencyId) {
    return completion("b1", book.version(), dependencyId);
  }

  private ImageryCompleted completion(String bookId, int definitionVersion, String dependencyId) {
    return new ImageryCompleted(
        ImageryCompleted.SCHEMA_VERSION,
        bookId + "/" + dependencyId,
        "order-1",
        bookId,
        definitionVersion,
        dependencyId,
        storedImage(dependencyId, "print"),
        storedImage(dependencyId, "preview"),
        4000,
        3000,
        "simulator",
        "© test",
        clock.instant());
  }

  /** A completion as an imagery worker of before version 2 wrote it: no definitionVersion. */
  private ImageryCompleted v1Completion(String bookId, String dependencyId) {
    return Json.read(
        """
        {"schemaVersion":1,"jobId":"%s/%s","orderId":"order-1","bookId":"%s","dependencyId":"%s",
         "printUri":"%s","previewUri":"%s","widthPx":4000,"heightPx":3000,"provider":"simulator",
         "attribution":"© test","completedAt":"2026-11-27T10:00:00Z"}"""
            .formatted(
                bookId,
                dependencyId,
                bookId,
                dependencyId,
                storedImage(dependencyId, "print"),
                storedImage(dependencyId, "preview")),
        ImageryCompleted.class);
  }

  private String storedImage(String dependencyId, String name) {
    String key = "imagery/" + dependencyId + "/" + name + ".jpg";
    store.put(key, new byte[] {1}, "image/jpeg");
    return store.uriOf(key);
  }

  @Test
  void firstCompletion_waits_andDispatchesNothing() {
    assertThat(coordinator.onCompleted(completion("sat-1"), "m1"))
        .isEqualTo(Coordinator.Result.WAITING);
    assertThat(queue.sent(Queues.RENDER_JOBS_NAME)).isEmpty();
    assertThat(store.exists(S3Layout.patchedDefinition("b1", 1))).isFalse();
  }

  @Test
  void lastCompletion_writesPatchedDefinition_andDispatchesOneRenderJob() {
    coordinator.onCompleted(completion("sat-1"), "m1");
    assertThat(coordinator.onCompleted(completion("sat-2"), "m2"))
        .isEqualTo(Coordinator.Result.DISPATCHED);

    List<RenderJob> jobs = renderJobs();
    assertThat(jobs).hasSize(1);
    assertThat(jobs.getFirst().idempotencyKey()).isEqualTo("b1/v1");
    DefinitionFile patched =
        Json.read(
            store.get(S3Layout.patchedDefinition("b1", 1)).orElseThrow().content(),
            DefinitionFile.class);
    assertThat(patched.isComplete()).isTrue();
    assertThat(jobs.getFirst().definitionUri())
        .isEqualTo(store.uriOf(S3Layout.patchedDefinition("b1", 1)));
  }

  @Test
  void duplicateCompletion_doesNotDispatchTwice() {
    ImageryCompleted a = completion("sat-1");
    ImageryCompleted b = completion("sat-2");
    coordinator.onCompleted(a, "m1");
    coordinator.onCompleted(b, "m2");
    assertThat(coordinator.onCompleted(b, "m2-redelivered"))
        .isEqualTo(Coordinator.Result.ALREADY_DISPATCHED);
    assertThat(coordinator.onCompleted(a, "m1-redelivered"))
        .isEqualTo(Coordinator.Result.ALREADY_DISPATCHED);

    assertThat(renderJobs()).hasSize(1);
  }

  @RepeatedTest(20)
  void concurrentLastCompletions_dispatchExactlyOnce() throws Exception {
    ImageryCompleted a = completion("sat-1");
    ImageryCompleted b = completion("sat-2");
    List<Callable<Object>> deliveries = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ImageryCompleted c = i % 2 == 0 ? a : b;
      String owner = "m" + i;
      deliveries.add(() -> retryingTransient(() -> coordinator.onCompleted(c, owner)));
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      for (Future<Object> f : pool.invokeAll(deliveries)) {
        f.get();
      }
    }
    assertThat(renderJobs()).hasSize(1);
  }

  @Test
  void completionForUnknownBook_isPermanent() {
    ImageryCompleted c = completion("sat-1");
    store.put(S3Layout.definition("b1"), new byte[0], "application/json");
    ImageryCompleted other =
        new ImageryCompleted(
            2,
            "zz/sat-1",
            "o",
            "zz",
            1,
            "sat-1",
            c.printUri(),
            c.previewUri(),
            1,
            1,
            "s",
            "a",
            c.completedAt());
    assertPermanent(FailureReason.UNKNOWN_BOOK, () -> coordinator.onCompleted(other, "m"));
  }

  @Test
  void completionPointingAtMissingObject_isPermanent_andRecordsNothing() {
    ImageryCompleted c = completion("sat-1");
    ImageryCompleted ghost =
        new ImageryCompleted(
            2,
            c.jobId(),
            "order-1",
            "b1",
            1,
            "sat-1",
            "s3://bucket/nope.jpg",
            c.previewUri(),
            1,
            1,
            "s",
            "a",
            c.completedAt());
    assertPermanent(FailureReason.MISSING_OBJECT, () -> coordinator.onCompleted(ghost, "m"));
    assertThat(store.list(S3Layout.resolvedPrefix("b1", 1))).isEmpty();
  }

  @Test
  void v2Completions_areRecordedUnderTheVersionTheyName() {
    DefinitionFile third = Books.aBook().withId("b3").withVersion(3).withSatellitePages(2).build();
    store.put(S3Layout.definition("b3"), Json.writeBytes(third), "application/json");

    coordinator.onCompleted(completion("b3", 3, "sat-1"), "m1");
    assertThat(coordinator.onCompleted(completion("b3", 3, "sat-2"), "m2"))
        .isEqualTo(Coordinator.Result.DISPATCHED);

    assertThat(store.list(S3Layout.resolvedPrefix("b3", 3))).hasSize(2);
    assertThat(renderJobs()).extracting(RenderJob::idempotencyKey).containsExactly("b3/v3");
  }

  @Test
  void v1Completions_fromBeforeTheDeploy_areRecordedUnderTheStoredVersion() {
    DefinitionFile third = Books.aBook().withId("b3").withVersion(3).withSatellitePages(2).build();
    store.put(S3Layout.definition("b3"), Json.writeBytes(third), "application/json");

    coordinator.onCompleted(v1Completion("b3", "sat-1"), "m1");
    assertThat(coordinator.onCompleted(v1Completion("b3", "sat-2"), "m2"))
        .isEqualTo(Coordinator.Result.DISPATCHED);

    assertThat(store.list(S3Layout.resolvedPrefix("b3", 3))).hasSize(2);
    assertThat(renderJobs()).extracting(RenderJob::idempotencyKey).containsExactly("b3/v3");
  }

  @Test
  void v1AndV2CompletionsOfOneBook_duringADeploy_dispatchOnce() {
    coordinator.onCompleted(v1Completion("b1", "sat-1"), "m1");
    assertThat(coordinator.onCompleted(completion("sat-2"), "m2"))
        .isEqualTo(Coordinator.Result.DISPATCHED);
    assertThat(coordinator.onCompleted(v1Completion("b1", "sat-1"), "m1-redelivered"))
        .isEqualTo(Coordinator.Result.ALREADY_DISPATCHED);

    assertThat(renderJobs()).hasSize(1);
  }

  @Test
  void completionOfAnotherDefinitionVersion_isDefinitionMismatch_andRecordsNothing() {
    PermanentFailure e =
        assertPermanent(
            FailureReason.DEFINITION_MISMATCH,
            () -> coordinator.onCompleted(completion("b1", 2, "sat-1"), "m"));
    assertThat(e.detail()).contains("v2", "is v1");
    assertThat(store.list(S3Layout.resolvedPrefix("b1", 1))).isEmpty();
    assertThat(store.list(S3Layout.resolvedPrefix("b1", 2))).isEmpty();
  }

  @Test
  void failure_isMarkedUnderItsVersion_v1UnderTheStoredOne_andAnotherVersionIsRefused() {
    coordinator.onFailed(
        new ImageryFailed(
            2, "b1/sat-1", "order-1", "b1", 1, "sat-1", "imagery-corrupt: x", clock.instant()));
    coordinator.onFailed(
        Json.read(
            """
        {"schemaVersion":1,"jobId":"b1/sat-2","orderId":"order-1","bookId":"b1","dependencyId":"sat-2",
         "reason":"imagery-rejected: HTTP 401","failedAt":"2026-11-27T10:00:00Z"}""",
            ImageryFailed.class));
    assertThat(store.exists(S3Layout.failedMarker("b1", 1, "sat-1"))).isTrue();
    assertThat(store.exists(S3Layout.failedMarker("b1", 1, "sat-2"))).isTrue();

    ImageryFailed otherVersion =
        new ImageryFailed(
            2, "b1/sat-1", "order-1", "b1", 2, "sat-1", "imagery-corrupt: x", clock.instant());
    assertPermanent(FailureReason.DEFINITION_MISMATCH, () -> coordinator.onFailed(otherVersion));
    assertThat(store.exists(S3Layout.failedMarker("b1", 2, "sat-1"))).isFalse();
  }

  private static Object retryingTransient(Callable<Object> call) throws Exception {
    for (int attempt = 0; ; attempt++) {
      try {
        return call.call();
      } catch (TransientFailure e) {
        if (attempt > 50) {
          throw e;
        }
        Thread.sleep(2);
      }
    }
  }

  private List<RenderJob> renderJobs() {
    return queue.sent(Queues.RENDER_JOBS_NAME).stream()
        .map(m -> Json.read(m.body(), RenderJob.class))
        .toList();
  }
}
