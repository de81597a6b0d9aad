package dev.satpage.producer.coordinator;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.gate.OnceGate;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
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
    String print = "imagery/" + dependencyId + "/print.jpg";
    String preview = "imagery/" + dependencyId + "/preview.jpg";
    store.put(print, new byte[] {1}, "image/jpeg");
    store.put(preview, new byte[] {2}, "image/jpeg");
    return new ImageryCompleted(
        1, "b1/" + dependencyId, "order-1", "b1", dependencyId, store.uriOf(print), store.uriOf(preview), 4000, 3000,
        "simulator", "© test", clock.instant());
  }

  @Test
  void firstCompletion_waits_andDispatchesNothing() {
    assertThat(coordinator.onCompleted(completion("sat-1"), "m1")).isEqualTo(Coordinator.Result.WAITING);
    assertThat(queue.sent(Queues.RENDER_JOBS_NAME)).isEmpty();
    assertThat(store.exists(S3Layout.patchedDefinition("b1", 1))).isFalse();
  }

  @Test
  void lastCompletion_writesPatchedDefinition_andDispatchesOneRenderJob() {
    coordinator.onCompleted(completion("sat-1"), "m1");
    assertThat(coordinator.onCompleted(completion("sat-2"), "m2")).isEqualTo(Coordinator.Result.DISPATCHED);

    List<RenderJob> jobs = renderJobs();
    assertThat(jobs).hasSize(1);
    assertThat(jobs.getFirst().idempotencyKey()).isEqualTo("b1/v1");
    DefinitionFile patched =
        Json.read(store.get(S3Layout.patchedDefinition("b1", 1)).orElseThrow().content(), DefinitionFile.class);
    assertThat(patched.isComplete()).isTrue();
    assertThat(jobs.getFirst().definitionUri()).isEqualTo(store.uriOf(S3Layout.patchedDefinition("b1", 1)));
  }

  @Test
  void duplicateCompletion_doesNotDispatchTwice() {
    ImageryCompleted a = completion("sat-1");
    ImageryCompleted b = completion("sat-2");
    coordinator.onCompleted(a, "m1");
    coordinator.onCompleted(b, "m2");
    assertThat(coordinator.onCompleted(b, "m2-redelivered")).isEqualTo(Coordinator.Result.ALREADY_DISPATCHED);
    assertThat(coordinator.onCompleted(a, "m1-redelivered")).isEqualTo(Coordinator.Result.ALREADY_DISPATCHED);

    assertThat(renderJobs()).hasSize(1);
  }

  @RepeatedTest(20)
  void concurrentLastCompletions_dispatchExactlyOnce() throws Exception {
    ImageryCompleted a = completion("sat-1");
    ImageryCompleted b = completion("sat-2");
    List<Callable<Object>> deliveries = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ImageryCompleted c = i % 2 == 0 ? a : b;
      String owner = "m" + (i % 2); // two copies of each message, handled at once (SQS at-least-once)
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
        new ImageryCompleted(1, "zz/sat-1", "o", "zz", "sat-1", c.printUri(), c.previewUri(), 1, 1, "s", "a", c.completedAt());
    assertPermanent(FailureReason.UNKNOWN_BOOK, () -> coordinator.onCompleted(other, "m"));
  }

  @Test
  void completionPointingAtMissingObject_isPermanent_andRecordsNothing() {
    ImageryCompleted c = completion("sat-1");
    ImageryCompleted ghost =
        new ImageryCompleted(1, c.jobId(), "order-1", "b1", "sat-1", "s3://bucket/nope.jpg", c.previewUri(), 1, 1, "s",
            "a", c.completedAt());
    assertPermanent(FailureReason.MISSING_OBJECT, () -> coordinator.onCompleted(ghost, "m"));
    assertThat(store.list(S3Layout.resolvedPrefix("b1", 1))).isEmpty();
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
    return queue.sent(Queues.RENDER_JOBS_NAME).stream().map(m -> Json.read(m.body(), RenderJob.class)).toList();
  }
}
