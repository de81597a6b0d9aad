package dev.satpage.aws.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.RetryBackoff;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.testing.InMemoryJobQueue;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

class MessageHandlingTest {
  final InMemoryJobQueue queue = new InMemoryJobQueue();
  final MessageHandling handling =
      new MessageHandling(
          new DeadLetters(queue, "test", Clock.systemUTC()),
          new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(60)),
          new SplittableRandom(1));
  final List<Integer> visibility = new ArrayList<>();
  final List<String> lastAttempts = new ArrayList<>();

  static ReceivedMessage received(int receiveCount) {
    return ReceivedMessage.of(Message.builder()
        .messageId("m-1")
        .body("{}")
        .attributes(Map.of(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, String.valueOf(receiveCount)))
        .build());
  }

  void run(int receiveCount, RuntimeException failure) {
    handling.process(
        Queues.SATELLITE_PAGE_JOBS_NAME,
        received(receiveCount),
        visibility::add,
        body -> {
          throw failure;
        },
        (body, e) -> lastAttempts.add(e.getMessage()));
  }

  @Test
  void transientFailure_isRethrown_withABackoffVisibility_andNoHookBeforeTheLastReceive() {
    assertThatThrownBy(() -> run(1, new TransientFailure("timeout"))).isInstanceOf(TransientFailure.class);

    assertThat(visibility).singleElement().satisfies(v -> assertThat(v).isBetween(1, 2));
    assertThat(lastAttempts).isEmpty();
  }

  @Test
  void transientFailure_onTheLastAllowedReceive_callsTheHook() {
    int max = Queues.SATELLITE_PAGE_JOBS.maxReceiveCount();
    assertThatThrownBy(() -> run(max, new TransientFailure("still 503"))).isInstanceOf(TransientFailure.class);

    assertThat(lastAttempts).containsExactly("still 503");
  }

  @Test
  void permanentFailure_isDeadLetteredWithReason_notRethrown_andNoHook() {
    run(1, new PermanentFailure("imagery-corrupt", "not a JPEG"));

    var dead = queue.sent(Queues.SATELLITE_PAGE_JOBS.deadLetterName());
    assertThat(dead).singleElement().satisfies(m -> {
      assertThat(m.attributes()).containsEntry(FailureAttributes.REASON, "imagery-corrupt");
      assertThat(m.attributes()).containsEntry(FailureAttributes.DETAIL, "not a JPEG");
    });
    assertThat(visibility).isEmpty();
    assertThat(lastAttempts).isEmpty();
  }
}
