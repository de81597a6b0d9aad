package dev.satpage.model.gate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.failure.RetryLater;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.testing.InMemoryObjectStore;
import dev.satpage.model.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnceGateTest {
  private final InMemoryObjectStore store = new InMemoryObjectStore();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
  private final OnceGate gate = new OnceGate(store, clock, Duration.ofMinutes(2));
  private final AtomicInteger actions = new AtomicInteger();

  @Test
  void firstCaller_performs_secondFindsItDone() {
    assertThat(gate.run("g", "a", actions::incrementAndGet)).isEqualTo(OnceGate.Outcome.PERFORMED);
    assertThat(gate.run("g", "b", actions::incrementAndGet))
        .isEqualTo(OnceGate.Outcome.ALREADY_DONE);
    assertThat(actions).hasValue(1);
    assertThat(gate.isDone("g")).isTrue();
  }

  @Test
  void concurrentCaller_whileHeld_isToldToRetry_andDoesNotAct() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder =
        Thread.ofVirtual()
            .start(
                () ->
                    gate.run(
                        "g",
                        "a",
                        () -> {
                          inside.countDown();
                          await(release);
                          actions.incrementAndGet();
                        }));
    inside.await();

    assertThatThrownBy(() -> gate.run("g", "b", actions::incrementAndGet))
        .isInstanceOf(RetryLater.class);

    release.countDown();
    holder.join();
    assertThat(gate.run("g", "b", actions::incrementAndGet))
        .isEqualTo(OnceGate.Outcome.ALREADY_DONE);
    assertThat(actions).hasValue(1);
  }

  @Test
  void holderCrashedBetweenClaimAndDone_staleClaimIsTakenOver() {
    assertThatThrownBy(
            () ->
                gate.run(
                    "g",
                    "a",
                    () -> {
                      throw new IllegalStateException("crash before acting");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThatThrownBy(() -> gate.run("g", "b", actions::incrementAndGet))
        .isInstanceOf(RetryLater.class);
    clock.advance(Duration.ofMinutes(3));
    assertThat(gate.run("g", "b", actions::incrementAndGet)).isEqualTo(OnceGate.Outcome.PERFORMED);
    assertThat(actions).hasValue(1);
  }

  @Test
  void aSlowHolderWhoseClaimWasTakenOver_leavesTheTakeoverToMarkItDone() throws Exception {
    // A holder slower than staleAfter: its claim is taken over while it acts, and it finishes
    // while the taker still acts. Its done-marking is a compare-and-set against its own claim's
    // entity tag, so it does not overwrite the taker's claim: the taker marks the gate done.
    CountDownLatch aActing = new CountDownLatch(1);
    CountDownLatch bActing = new CountDownLatch(1);
    Thread a =
        Thread.ofVirtual()
            .start(
                () ->
                    gate.run(
                        "g",
                        "a",
                        () -> {
                          actions.incrementAndGet();
                          clock.advance(Duration.ofMinutes(3));
                          aActing.countDown();
                          await(bActing);
                        }));
    aActing.await();

    List<Boolean> doneWhileBActed = new ArrayList<>();
    gate.run(
        "g",
        "b",
        () -> {
          actions.incrementAndGet();
          bActing.countDown();
          join(a);
          doneWhileBActed.add(gate.isDone("g"));
        });

    assertThat(actions).hasValue(2);
    assertThat(doneWhileBActed).as("a's done-marking left b's claim alone").containsExactly(false);
    assertThat(gate.isDone("g")).isTrue();
    assertThat(new String(store.get("g").orElseThrow().content(), UTF_8)).contains("\"b\"");
  }

  @Test
  void sameOwner_whileItsClaimIsFresh_isToldToRetry_andDoesNotAct() {
    // One SQS message handled by two consumers at once (visibility timeout ran out, or a duplicate
    // copy): same owner. The claim is young, its holder alive: the usual short backoff, no wait
    // until stale.
    gate.run(
        "g",
        "m-1",
        () ->
            assertThatThrownBy(() -> gate.run("g", "m-1", actions::incrementAndGet))
                .isInstanceOfSatisfying(
                    RetryLater.class, wait -> assertThat(wait.notSooner()).isZero()));

    assertThat(actions).hasValue(0);
    assertThat(gate.isDone("g")).isTrue();
  }

  @Test
  void sameOwnerRetrying_afterItsAttemptFailed_waitsForTheStaleTakeover() {
    assertThatThrownBy(
            () ->
                gate.run(
                    "g",
                    "a",
                    () -> {
                      throw new IllegalStateException("send failed");
                    }))
        .isInstanceOf(IllegalStateException.class);

    clock.advance(Duration.ofSeconds(90));
    assertThatThrownBy(() -> gate.run("g", "a", actions::incrementAndGet))
        .isInstanceOfSatisfying(
            RetryLater.class,
            wait ->
                assertThat(wait.notSooner())
                    .isBetween(Duration.ofSeconds(30), Duration.ofSeconds(40)));
    clock.advance(Duration.ofSeconds(31));
    assertThat(gate.run("g", "a", actions::incrementAndGet)).isEqualTo(OnceGate.Outcome.PERFORMED);
    assertThat(actions).hasValue(1);
    assertThat(gate.isDone("g")).isTrue();
  }

  @Test
  void storeBlipWhileMarkingDone_isRetried_soNoTakeoverRepeatsTheAction() {
    AtomicInteger failuresLeft = new AtomicInteger(2);
    InMemoryObjectStore flaky =
        new InMemoryObjectStore() {
          @Override
          public Optional<String> replaceIfMatch(
              String key, byte[] content, String type, String etag) {
            if (failuresLeft.getAndDecrement() > 0) {
              throw new TransientFailure("S3 unreachable (restarting)");
            }
            return super.replaceIfMatch(key, content, type, etag);
          }
        };
    OnceGate flakyGate = new OnceGate(flaky, clock, Duration.ofMinutes(2));

    assertThat(flakyGate.run("g", "a", actions::incrementAndGet))
        .isEqualTo(OnceGate.Outcome.PERFORMED);
    clock.advance(Duration.ofMinutes(3));
    assertThat(flakyGate.run("g", "b", actions::incrementAndGet))
        .isEqualTo(OnceGate.Outcome.ALREADY_DONE);
    assertThat(actions).hasValue(1);
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
