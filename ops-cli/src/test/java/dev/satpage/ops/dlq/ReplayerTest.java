package dev.satpage.ops.dlq;

import static dev.satpage.ops.dlq.DeadLetters.aDeadLetter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.queue.Queues;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReplayerTest {
  private InMemoryOpsQueues queues;
  private final List<String> outcomes = new ArrayList<>();

  @BeforeEach
  void setUp() {
    queues = new InMemoryOpsQueues(Clock.systemUTC());
    queues.create("jobs", "jobs-dlq");
  }

  private ReplaySummary replay(ReplayPolicy policy, int max, boolean dryRun) {
    Replayer r =
        new Replayer(queues, new Pacer(0, System::nanoTime, n -> {}), (m, o, s) -> outcomes.add(o));
    return r.replay(
        new ReplayRequest("jobs-dlq", "jobs", policy, max, dryRun, Duration.ofSeconds(60)));
  }

  private void deadLetter(int count, DeadLetters template) {
    for (int i = 0; i < count; i++) {
      queues.send("jobs-dlq", template.body("{\"n\":" + i + "}").asCopy());
    }
  }

  @Test
  void movesEveryMessage_andEmptiesTheDlq() {
    deadLetter(25, aDeadLetter().withReason("r"));
    ReplaySummary s = replay(new ReplayPolicy(ReplayFilter.ALL, 3, false), 0, false);
    assertThat(s.moved()).isEqualTo(25);
    assertThat(queues.status("jobs-dlq").total()).isZero();
    assertThat(queues.status("jobs").visible()).isEqualTo(25);
  }

  @Test
  void leavesFilteredAndHeldMessages_visibleInTheDlq() {
    deadLetter(3, aDeadLetter().withReason("a"));
    deadLetter(2, aDeadLetter().withReason("b"));
    deadLetter(4, aDeadLetter().withReason("a").replayed(3));
    ReplaySummary s =
        replay(new ReplayPolicy(ReplayFilter.parse(List.of("reason=a")), 3, false), 0, false);
    assertThat(s)
        .extracting(ReplaySummary::moved, ReplaySummary::skippedByFilter, ReplaySummary::heldBack)
        .containsExactly(3, 2, 4);
    assertThat(queues.status("jobs-dlq").visible()).as("released at the end").isEqualTo(6);
  }

  @Test
  void dryRun_changesNothing() {
    deadLetter(12, aDeadLetter().withReason("r"));
    ReplaySummary s = replay(new ReplayPolicy(ReplayFilter.ALL, 3, false), 0, true);
    assertThat(s.moved()).isEqualTo(12);
    assertThat(outcomes).containsOnly("would-move");
    assertThat(queues.status("jobs-dlq").visible()).isEqualTo(12);
    assertThat(queues.status("jobs").total()).isZero();
  }

  @Test
  void max_limitsTheMoves() {
    deadLetter(15, aDeadLetter().withReason("r"));
    assertThat(replay(new ReplayPolicy(ReplayFilter.ALL, 3, false), 4, false).moved()).isEqualTo(4);
    assertThat(queues.status("jobs-dlq").visible()).isEqualTo(11);
  }

  @Test
  void aRefusedSend_deletesNothing() {
    deadLetter(3, aDeadLetter().withReason("r"));
    queues.failSendsTo = "jobs";
    ReplaySummary s = replay(new ReplayPolicy(ReplayFilter.ALL, 3, false), 0, false);
    assertThat(s.failed()).isEqualTo(3);
    assertThat(s.moved()).isZero();
    assertThat(queues.status("jobs-dlq").visible()).isEqualTo(3);
  }

  @Test
  void aCopyThatFailsAgainAndComesBack_isNotReplayedASecondTimeByTheSameRun() {
    deadLetter(2, aDeadLetter().withReason("r"));
    // A consumer that fails at once: every copy sent to "jobs" is dead-lettered again as a new
    // message, attributes kept.
    OpsQueues bouncing =
        new ForwardingOpsQueues(queues) {
          @Override
          public void send(String queue, ReplayCopy copy) {
            super.send(queue, copy);
            if (queue.equals("jobs")) {
              queues
                  .receive("jobs", 10, Duration.ofSeconds(60))
                  .forEach(
                      m -> {
                        queues.delete("jobs", m.receiptHandle());
                        queues.send(
                            "jobs-dlq", new ReplayCopy(m.body(), m.attributes(), null, null));
                      });
            }
          }
        };

    ReplaySummary s =
        new Replayer(
                bouncing, new Pacer(0, System::nanoTime, n -> {}), (m, o, t) -> outcomes.add(o))
            .replay(
                new ReplayRequest(
                    "jobs-dlq",
                    "jobs",
                    new ReplayPolicy(ReplayFilter.ALL, 3, false),
                    0,
                    false,
                    Duration.ofSeconds(60)));

    assertThat(s.moved()).as("each dead letter once").isEqualTo(2);
    assertThat(s.returned()).isEqualTo(2);
    assertThat(queues.status("jobs-dlq").visible())
        .as("back in the DLQ for the next run")
        .isEqualTo(2);
  }

  @Test
  void aBodyTheTargetQueueCannotRead_isRefusedWithTheReason_andStays() {
    queues.create(Queues.RENDER_JOBS_NAME, Queues.RENDER_JOBS.deadLetterName());
    queues.send(
        Queues.RENDER_JOBS.deadLetterName(),
        aDeadLetter().withReason("r").body("{\"bookId\": ").asCopy());
    Replayer r =
        new Replayer(queues, new Pacer(0, System::nanoTime, n -> {}), (m, o, t) -> outcomes.add(o));

    ReplaySummary s =
        r.replay(
            new ReplayRequest(
                Queues.RENDER_JOBS.deadLetterName(),
                Queues.RENDER_JOBS_NAME,
                new ReplayPolicy(ReplayFilter.ALL, 3, false),
                0,
                false,
                Duration.ofSeconds(60)));

    assertThat(s.refused()).isEqualTo(1);
    assertThat(s.moved()).isZero();
    assertThat(s.failures())
        .singleElement()
        .asString()
        .contains("not a valid " + Queues.RENDER_JOBS_NAME);
    assertThat(queues.status(Queues.RENDER_JOBS.deadLetterName()).visible()).isEqualTo(1);
  }

  @Test
  void pacer_spacesActionsByTheRate() {
    long[] now = {0};
    List<Long> sleeps = new ArrayList<>();
    Pacer p =
        new Pacer(
            4,
            () -> now[0],
            n -> {
              sleeps.add(n);
              now[0] += n;
            });
    for (int i = 0; i < 3; i++) {
      p.await();
    }
    assertThat(sleeps).containsExactly(250_000_000L, 250_000_000L);
  }
}
