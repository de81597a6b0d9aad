package dev.satpage.ops.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.devstack.testing.TestQueues;
import dev.satpage.ops.OpsCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A replay killed with SIGKILL half-way (a separate JVM, {@code Process.destroyForcibly}), then run
 * again: every message reaches the target once or twice, none is lost, and the DLQ ends empty.
 */
@ExtendWith(DevstackExtension.class)
class ReplayKillIT {
  static final int MESSAGES = 40;
  static final int KILL_AFTER = 12;
  static Devstack devstack;
  static SqsClient sqs;

  @BeforeAll
  static void start(Devstack started) {
    devstack = started;
    sqs = devstack.newSqsClient();
  }

  @AfterAll
  static void stop() {
    sqs.close();
  }

  long count(String queue, QueueAttributeName name) {
    String url = sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
    return Long.parseLong(
        sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(name)).attributes().get(name));
  }

  @Test
  void killedReplay_runAgain_deliversEveryMessageOnceOrTwice_neverZero() throws Exception {
    String queue = TestQueues.createPair(sqs, "kill", false);
    String dlq = TestQueues.dlqOf(queue);
    String dlqUrl = sqs.getQueueUrl(b -> b.queueName(dlq)).queueUrl();
    for (int i = 0; i < MESSAGES; i++) {
      String body = "msg-" + i;
      sqs.sendMessage(b -> b.queueUrl(dlqUrl).messageBody(body));
    }

    List<String> command =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                OpsCli.class.getName(),
                "dlq",
                "replay",
                dlq,
                "--rate",
                "8/s",
                "--lease",
                "3"));
    command.addAll(Cli.connection(devstack));
    Path log = Files.createTempFile("replay-kill", ".log");
    Process replay =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(50))
          .until(
              () -> count(queue, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES) >= KILL_AFTER);
    } finally {
      replay.destroyForcibly(); // SIGKILL: no finally blocks, no release of the leased messages
      replay.waitFor();
    }
    long arrivedBeforeKill = count(queue, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
    assertThat(arrivedBeforeKill)
        .as("killed half-way; log %s", log)
        .isBetween((long) KILL_AFTER, MESSAGES - 1L);

    // The killed run's leased messages come back when its 3 s lease ends; then the second run takes
    // the rest.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> count(dlq, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE) == 0);
    Cli.Result again = Cli.run(devstack, "dlq", "replay", dlq);
    assertThat(again.exitCode()).as(again.err()).isZero();

    List<Message> arrived = TestQueues.drain(sqs, queue);
    Map<String, Long> perMessage =
        arrived.stream().collect(Collectors.groupingBy(Message::body, Collectors.counting()));
    for (int i = 0; i < MESSAGES; i++) {
      assertThat(perMessage.get("msg-" + i))
          .as("msg-%d delivered", i)
          .isNotNull()
          .isBetween(1L, 2L);
    }
    assertThat(perMessage).hasSize(MESSAGES);
    assertThat(
            count(dlq, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)
                + count(dlq, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
        .isZero();
    Files.deleteIfExists(log);
  }
}
