package dev.satpage.ops.dlq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link OpsQueues} must have, run against the in-memory fake and against
 * ElasticMQ over HTTP. Subclasses provide a fresh queue pair ({@code queue()} with its DLQ {@code
 * deadLetterQueue()}).
 */
public abstract class OpsQueuesContract {
  protected OpsQueues queues;

  protected abstract OpsQueues newQueues();

  protected abstract String queue();

  protected abstract String deadLetterQueue();

  @BeforeEach
  void setUpQueues() {
    queues = newQueues();
  }

  private static ReplayCopy copy(String body) {
    return new ReplayCopy(
        body,
        Map.of(
            "satpage-book-id",
            MessageAttribute.string("b1"),
            "n",
            new MessageAttribute("Number", "7", null),
            "bin",
            new MessageAttribute("Binary", null, new byte[] {1, 2})),
        null,
        null);
  }

  @Test
  void sentMessage_isReceivedWithBodyAndTypedAttributes() {
    queues.send(deadLetterQueue(), copy("hello"));
    List<DeadLetter> got = queues.receive(deadLetterQueue(), 10, Duration.ofSeconds(30));
    assertThat(got).hasSize(1);
    assertThat(got.getFirst().body()).isEqualTo("hello");
    assertThat(got.getFirst().receiveCount()).isEqualTo(1);
    assertThat(got.getFirst().attributes()).isEqualTo(copy("hello").attributes());
    assertThat(got.getFirst().sentAt()).isNotNull();
  }

  @Test
  void receivedMessage_isHiddenUntilReleased_thenVisibleAgain() {
    queues.send(deadLetterQueue(), copy("x"));
    DeadLetter m = queues.receive(deadLetterQueue(), 10, Duration.ofSeconds(60)).getFirst();
    assertThat(queues.receive(deadLetterQueue(), 10, Duration.ofSeconds(60))).isEmpty();
    assertThat(queues.status(deadLetterQueue()).inFlight()).isEqualTo(1);

    queues.release(deadLetterQueue(), List.of(m.receiptHandle()));

    DeadLetter again = queues.receive(deadLetterQueue(), 10, Duration.ofSeconds(60)).getFirst();
    assertThat(again.messageId()).isEqualTo(m.messageId());
    assertThat(again.receiveCount()).isEqualTo(2);
  }

  @Test
  void deletedMessage_isGone() {
    queues.send(deadLetterQueue(), copy("x"));
    DeadLetter m = queues.receive(deadLetterQueue(), 10, Duration.ofSeconds(60)).getFirst();
    queues.delete(deadLetterQueue(), m.receiptHandle());
    assertThat(queues.status(deadLetterQueue()).total()).isZero();
  }

  @Test
  void unknownQueue_isNamed() {
    String missing = "no-such-queue-" + UUID.randomUUID();
    assertThatThrownBy(() -> queues.status(missing))
        .isInstanceOf(UnknownQueueException.class)
        .hasMessageContaining(missing);
    assertThatThrownBy(() -> queues.send(missing, copy("x")))
        .isInstanceOf(UnknownQueueException.class);
  }

  @Test
  void nativeMove_returnsEveryMessageToItsSourceQueue() {
    for (int i = 0; i < 3; i++) {
      queues.send(deadLetterQueue(), copy("m" + i));
    }
    MoveTask end =
        new NativeMove(queues, n -> Thread.sleep(n / 1_000_000), Duration.ofMillis(200))
            .run(deadLetterQueue(), null, OptionalInt.empty(), t -> {});
    assertThat(end.status()).isEqualTo(MoveTask.COMPLETED);
    assertThat(queues.status(deadLetterQueue()).total()).isZero();
    assertThat(queues.receive(queue(), 10, Duration.ofSeconds(30)).stream().map(DeadLetter::body))
        .containsExactlyInAnyOrder("m0", "m1", "m2");
  }
}
