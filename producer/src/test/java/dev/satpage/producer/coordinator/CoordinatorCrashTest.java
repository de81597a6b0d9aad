package dev.satpage.producer.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.failure.RetryLater;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.gate.OnceGate;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.port.WriteOptions;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.testing.Books;
import dev.satpage.model.testing.InMemoryJobQueue;
import dev.satpage.model.testing.InMemoryObjectStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fan-in invariant under crashes and random interleavings: one render per book (render jobs
 * share one idempotency key, which the render worker honours), never a render job while a
 * dependency is unresolved.
 */
class CoordinatorCrashTest {
  static final class Crash extends RuntimeException {
    Crash(CoordinatorObserver.Step step) {
      super("crash after " + step);
    }
  }

  /** A clock tests can move. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /**
   * A delivery of a completion message; {@code messageId} is the SQS message id (kept across
   * redeliveries).
   */
  record Delivery(ImageryCompleted completion, String messageId) {}

  final TestClock clock = new TestClock();

  /** Set: the next write of a patched Definition File fails (an S3 5xx: transient). */
  boolean failPatchedWrite;

  final InMemoryObjectStore store =
      new InMemoryObjectStore("bucket") {
        @Override
        public void put(String key, byte[] content, WriteOptions options) {
          if (failPatchedWrite && key.equals(S3Layout.patchedDefinition("b1", 1))) {
            failPatchedWrite = false;
            throw new TransientFailure("S3 503 on " + key);
          }
          super.put(key, content, options);
        }
      };
  final List<String> violations = new ArrayList<>();
  final InMemoryJobQueue queue = new InMemoryJobQueue();

  /** The queue the coordinator sends to: checks invariant 2 at the moment a render job is sent. */
  final JobQueue checkingQueue =
      new JobQueue() {
        @Override
        public void sendAll(String queueName, List<OutboundMessage> messages) {
          messages.forEach(m -> send(queueName, m));
        }

        @Override
        public void send(String queueName, OutboundMessage message) {
          if (queueName.equals(Queues.RENDER_JOBS_NAME)) {
            RenderJob job = Json.read(message.body(), RenderJob.class);
            var stored = store.get(S3Layout.patchedDefinition(job.bookId(), 1));
            if (stored.isEmpty()) {
              violations.add("render job sent before its patched Definition File was written");
            }
            stored.map(o -> Json.read(o.content(), DefinitionFile.class)).stream()
                .flatMap(patched -> patched.dependencies().keySet().stream())
                .filter(dep -> !store.exists(S3Layout.resolvedMarker(job.bookId(), 1, dep)))
                .forEach(dep -> violations.add("render job sent while " + dep + " unresolved"));
          }
          queue.send(queueName, message);
        }
      };

  CoordinatorObserver.Step crashAt;

  /**
   * Crashes after the render job was sent but before the gate was marked done: the only window
   * allowing a resend.
   */
  int crashesBetweenSendAndDone;

  final CoordinatorObserver observer =
      new CoordinatorObserver() {
        @Override
        public void stepDone(Step step, String bookId) {
          if (step == crashAt) {
            crashAt = null; // the process dies once; the redelivery runs clean
            if (step == Step.RENDER_JOB_SENT) {
              crashesBetweenSendAndDone++;
            }
            throw new Crash(step);
          }
        }
      };
  final Coordinator coordinator =
      new Coordinator(
          store, checkingQueue, new OnceGate(store, clock, Duration.ofMinutes(2)), clock, observer);
  final DefinitionFile book = Books.aBook().withId("b1").withSatellitePages(3).build();

  CoordinatorCrashTest() {
    store.put(S3Layout.definition("b1"), Json.writeBytes(book), "application/json");
  }

  ImageryCompleted completion(String dep) {
    return Completions.of(store, dep, book.version(), clock.instant());
  }

  @ParameterizedTest
  @EnumSource(CoordinatorObserver.Step.class)
  void crashAfterEachStep_thenRedelivery_rendersExactlyOnce(CoordinatorObserver.Step step) {
    coordinator.onCompleted(completion("sat-1"), "m1");
    coordinator.onCompleted(completion("sat-2"), "m2");
    ImageryCompleted last = completion("sat-3");

    crashAt = step;
    assertThatThrownBy(() -> coordinator.onCompleted(last, "m3")).isInstanceOf(Crash.class);
    int receives = redeliverUntilHandled(last, "m3", 1);

    assertOneRender();
    boolean leftAClaim =
        step == CoordinatorObserver.Step.DISPATCH_CLAIMED
            || step == CoordinatorObserver.Step.PATCHED_WRITTEN
            || step == CoordinatorObserver.Step.RENDER_JOB_SENT;
    // A claim left by the crash is taken over only once stale: one receive waits (RetryLater), the
    // next takes it over.
    assertThat(receives)
        .as("receives of the crashed message")
        .isEqualTo(leftAClaim ? 3 : 2)
        .isLessThanOrEqualTo(Queues.IMAGERY_COMPLETED.maxReceiveCount());
  }

  @Test
  void aFailedPatchedWrite_sendsNothing_andTheTakeoverWritesItBeforeSending() {
    coordinator.onCompleted(completion("sat-1"), "m1");
    coordinator.onCompleted(completion("sat-2"), "m2");
    ImageryCompleted last = completion("sat-3");

    failPatchedWrite = true;
    assertThatThrownBy(() -> coordinator.onCompleted(last, "m3"))
        .isInstanceOf(TransientFailure.class);
    assertThat(queue.sent(Queues.RENDER_JOBS_NAME)).as("nothing sent").isEmpty();
    assertThat(store.exists(S3Layout.patchedDefinition("b1", 1))).isFalse();
    assertThat(store.exists(S3Layout.renderDispatch("b1", 1))).as("the claim is left").isTrue();

    int receives = redeliverUntilHandled(last, "m3", 1);

    assertOneRender(); // the checking queue read the patched file when the job was sent
    assertThat(receives).as("the claim waited for until stale, then taken over").isEqualTo(3);
  }

  @Test
  void theSameMessageInTwoConsumersAtOnce_sendsOneRenderJob() {
    coordinator.onCompleted(completion("sat-1"), "m1");
    coordinator.onCompleted(completion("sat-2"), "m2");
    ImageryCompleted last = completion("sat-3");
    List<RuntimeException> second = new ArrayList<>();
    Coordinator other =
        new Coordinator(
            store, checkingQueue, new OnceGate(store, clock, Duration.ofMinutes(2)), clock);
    Coordinator first =
        new Coordinator(
            store,
            checkingQueue,
            new OnceGate(store, clock, Duration.ofMinutes(2)),
            clock,
            new CoordinatorObserver() {
              @Override
              public void stepDone(Step step, String bookId) {
                if (step
                    == Step.DISPATCH_CLAIMED) { // the visibility timeout ran out: SQS hands m3 to
                  // another consumer
                  try {
                    other.onCompleted(last, "m3");
                  } catch (RuntimeException e) {
                    second.add(e);
                  }
                }
              }
            });

    assertThat(first.onCompleted(last, "m3")).isEqualTo(Coordinator.Result.DISPATCHED);

    assertThat(second).singleElement().isInstanceOf(RetryLater.class);
    assertThat(queue.sent(Queues.RENDER_JOBS_NAME)).hasSize(1);
  }

  @RepeatedTest(200)
  void randomInterleavingsOfDuplicatesAndCrashes_keepTheInvariant(
      org.junit.jupiter.api.RepetitionInfo info) {
    Random random = new Random(info.getCurrentRepetition());
    // Each copy of a message with the time SQS makes it visible again (after a crash: the
    // visibility timeout; after a
    // RetryLater: the backoff or the claim's remaining time, as MessageHandling sets it).
    Map<Delivery, Instant> visibleAt = new LinkedHashMap<>();
    for (String dep : List.of("sat-1", "sat-2", "sat-3")) {
      ImageryCompleted c = completion(dep);
      int copies =
          1 + random.nextInt(3); // SQS at-least-once: some messages arrive twice or three times
      for (int i = 0; i < copies; i++) {
        visibleAt.put(new Delivery(c, dep + "-copy" + i), clock.now.plusSeconds(random.nextInt(5)));
      }
    }
    CoordinatorObserver.Step[] steps = CoordinatorObserver.Step.values();
    int rounds = 0;
    while (!visibleAt.isEmpty()) {
      assertThat(++rounds).as("terminates").isLessThan(500);
      List<Delivery> visible =
          visibleAt.keySet().stream().filter(d -> !visibleAt.get(d).isAfter(clock.now)).toList();
      if (visible.isEmpty()) {
        clock.now = visibleAt.values().stream().min(Instant::compareTo).orElseThrow();
        continue;
      }
      Delivery d = visible.get(random.nextInt(visible.size()));
      if (random.nextInt(4) == 0) {
        crashAt = steps[random.nextInt(steps.length)];
      }
      try {
        coordinator.onCompleted(d.completion(), d.messageId());
        visibleAt.remove(d); // acknowledged
      } catch (Crash e) {
        crashAt = null;
        visibleAt.put(d, clock.now.plus(Queues.IMAGERY_COMPLETED.visibilityTimeout()));
      } catch (RetryLater e) {
        Duration backoff = Duration.ofSeconds(1 + random.nextInt(16));
        visibleAt.put(
            d, clock.now.plus(backoff.compareTo(e.notSooner()) > 0 ? backoff : e.notSooner()));
      }
      clock.now =
          clock.now.plusSeconds(
              random.nextInt(10)); // handling takes a while; other consumers go on
      assertThat(violations).isEmpty();
    }
    assertOneRender();
  }

  /**
   * SQS redelivers an unacknowledged message after the visibility timeout, then after each
   * RetryLater once its {@code notSooner} passed (MessageHandling); returns the receive that
   * handled it, starting after {@code receive}.
   */
  private int redeliverUntilHandled(ImageryCompleted completion, String messageId, int receive) {
    clock.now = clock.now.plus(Queues.IMAGERY_COMPLETED.visibilityTimeout());
    while (true) {
      receive++;
      try {
        coordinator.onCompleted(completion, messageId);
        return receive;
      } catch (RetryLater e) {
        assertThat(e.notSooner()).isPositive();
        clock.now = clock.now.plus(e.notSooner());
      }
      assertThat(receive)
          .as("within the redrive policy")
          .isLessThan(Queues.IMAGERY_COMPLETED.maxReceiveCount());
    }
  }

  private void assertOneRender() {
    List<RenderJob> jobs =
        queue.sent(Queues.RENDER_JOBS_NAME).stream()
            .map(m -> Json.read(m.body(), RenderJob.class))
            .toList();
    assertThat(jobs).as("never zero").isNotEmpty();
    assertThat(jobs)
        .extracting(RenderJob::idempotencyKey)
        .as("one render: one idempotency key")
        .containsOnly("b1/v1");
    assertThat(jobs.size())
        .as("a second dispatch only after a crash between sending and marking the gate done")
        .isLessThanOrEqualTo(1 + crashesBetweenSendAndDone);
    assertThat(violations).isEmpty();
  }
}
