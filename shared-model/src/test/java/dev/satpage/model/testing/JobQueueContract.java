package dev.satpage.model.testing;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link JobQueue} must have; run against the in-memory fake and the SQS
 * adapter (through a proxy that refuses what SQS refuses and ElasticMQ accepts). The limits are
 * SQS's (read 2026-12-02): a message is at most 1,048,576 bytes counting its body and every
 * attribute's name, data type and value
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html,
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_MessageAttributeValue.html),
 * with at most 10 attributes; a batch is at most 10 entries and 1 MiB.
 */
public abstract class JobQueueContract {
  /** SQS's maximum message size, from its documentation (not from the code under test). */
  protected static final int LIMIT = 1_048_576;

  protected static final String QUEUE = Queues.RENDER_JOBS_NAME;

  protected JobQueue queue;

  /** A message as the consumer sees it. */
  public record Received(String body, Map<String, String> attributes) {}

  protected abstract JobQueue createQueue();

  /**
   * Everything delivered to {@code queueName} so far (waiting until at least {@code atLeast}
   * arrived), then removed.
   */
  protected abstract List<Received> drain(String queueName, int atLeast);

  @BeforeEach
  void setUpQueue() {
    queue = createQueue();
  }

  @Test
  void send_deliversBodyAndAttributes() {
    queue.send(QUEUE, new OutboundMessage("m-1", "{\"a\":1}", Map.of("satpage-book-id", "b-1")));

    assertThat(drain(QUEUE, 1))
        .containsExactly(new Received("{\"a\":1}", Map.of("satpage-book-id", "b-1")));
  }

  @Test
  void sendAll_23Messages_deliversEachOnce() {
    List<OutboundMessage> messages =
        IntStream.range(0, 23)
            .mapToObj(
                i ->
                    new OutboundMessage(
                        "book-" + i + "/sat-area", "body-" + i, Map.of("satpage-book-id", "b" + i)))
            .toList();

    queue.sendAll(QUEUE, messages);

    assertThat(drain(QUEUE, 23))
        .extracting(Received::body)
        .containsExactlyInAnyOrderElementsOf(messages.stream().map(OutboundMessage::body).toList());
  }

  @Test
  void sendAll_messagesTogetherOverABatchsSize_areAllDelivered() {
    List<OutboundMessage> messages =
        IntStream.range(0, 3)
            .mapToObj(
                i ->
                    OutboundMessage.of(
                        "big-" + i, String.valueOf((char) ('a' + i)).repeat(400 * 1024)))
            .toList();

    queue.sendAll(QUEUE, messages);

    assertThat(drain(QUEUE, 3))
        .extracting(r -> r.body().length())
        .containsOnly(400 * 1024)
        .hasSize(3);
  }

  @Test
  void aMessageOfExactlyTheLimit_isAccepted() {
    queue.send(QUEUE, OutboundMessage.of("full", "x".repeat(LIMIT)));

    assertThat(drain(QUEUE, 1)).singleElement().satisfies(r -> assertThat(r.body()).hasSize(LIMIT));
  }

  @Test
  void oneByteOverTheLimit_isAPermanentFailureNamingIt_andNothingIsSent() {
    OutboundMessage tooBig = OutboundMessage.of("big", "x".repeat(LIMIT + 1));

    assertThat(assertPermanent(FailureReason.MESSAGE_TOO_LARGE, () -> queue.send(QUEUE, tooBig)))
        .hasMessageContaining(String.valueOf(LIMIT));
    assertPermanent(
        FailureReason.MESSAGE_TOO_LARGE,
        () -> queue.sendAll(QUEUE, List.of(OutboundMessage.of("ok", "fine"), tooBig)));
    assertThat(drain(QUEUE, 0)).as("not even the good message of the refused call").isEmpty();
  }

  @Test
  void attributes_countTowardTheSize() {
    // body LIMIT - 10 bytes, plus "k" (1) + "String" (6) + "four" (4) = LIMIT + 1
    OutboundMessage m = new OutboundMessage("attrs", "x".repeat(LIMIT - 10), Map.of("k", "four"));

    assertPermanent(FailureReason.MESSAGE_TOO_LARGE, () -> queue.send(QUEUE, m));
  }

  @Test
  void theSize_isCountedInUtf8Bytes_notCharacters() {
    OutboundMessage accents =
        OutboundMessage.of("utf8", "é".repeat(LIMIT / 2 + 1)); // fewer chars than the limit

    assertPermanent(FailureReason.MESSAGE_TOO_LARGE, () -> queue.send(QUEUE, accents));
  }

  @Test
  void elevenAttributes_areRefused() {
    Map<String, String> eleven = new HashMap<>();
    IntStream.range(0, 11).forEach(i -> eleven.put("a" + i, "v"));

    assertPermanent(
        FailureReason.TOO_MANY_ATTRIBUTES,
        () -> queue.send(QUEUE, new OutboundMessage("many", "x", eleven)));
  }

  @Test
  void twoMessagesWithOneId_inOneSendAll_areRefused_andNothingIsSent() {
    List<OutboundMessage> messages =
        new ArrayList<>(
            List.of(
                OutboundMessage.of("a", "1"),
                OutboundMessage.of("b", "2"),
                OutboundMessage.of("a", "3")));

    assertThat(
            assertPermanent(
                FailureReason.DUPLICATE_MESSAGE_ID, () -> queue.sendAll(QUEUE, messages)))
        .hasMessageContaining("a");
    assertThat(drain(QUEUE, 0)).isEmpty();
  }

  @Test
  void sendAll_ofNothing_sendsNothing() {
    queue.sendAll(QUEUE, List.of());

    assertThat(drain(QUEUE, 0)).isEmpty();
  }
}
