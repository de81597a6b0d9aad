package dev.satpage.aws.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.aws.AwsClients;
import dev.satpage.aws.AwsSettings;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.devstack.testing.TestQueues;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * {@link SqsJobQueue}, {@link DeadLetters} and {@link MessageHandling} against ElasticMQ over real
 * HTTP.
 */
@ExtendWith(DevstackExtension.class)
class SqsJobQueueIT {
  private static Devstack devstack;
  private static SqsClient sqs;
  private SqsJobQueue queue;

  @BeforeAll
  static void startDevstack(Devstack started) {
    devstack = started;
    sqs =
        AwsClients.sqs(
            new AwsSettings(
                devstack.region(),
                devstack.sqsEndpoint(),
                devstack.s3Endpoint(),
                devstack.accessKey(),
                devstack.secretKey()));
  }

  @AfterAll
  static void stopDevstack() {
    sqs.close();
  }

  @BeforeEach
  void setUp() {
    devstack.purgeAllQueues();
    queue = new SqsJobQueue(sqs);
  }

  @Test
  void sendAll_moreThanOneBatch_deliversEveryMessageWithAttributes() {
    List<OutboundMessage> messages =
        IntStream.range(0, 23)
            .mapToObj(
                i ->
                    new OutboundMessage(
                        "id-" + i, "body-" + i, Map.of(FailureAttributes.BOOK_ID, "b" + i)))
            .toList();

    queue.sendAll(Queues.RENDER_JOBS_NAME, messages);

    List<Message> received = receiveAll(Queues.RENDER_JOBS_NAME, 23);
    assertThat(received)
        .extracting(Message::body)
        .containsExactlyInAnyOrderElementsOf(messages.stream().map(OutboundMessage::body).toList());
    assertThat(received.getFirst().messageAttributes().get(FailureAttributes.BOOK_ID).stringValue())
        .startsWith("b");
  }

  @Test
  void permanentFailure_isDeadLetteredWithReason_andNotRethrown() {
    MessageHandling handling =
        new MessageHandling(new DeadLetters(queue, "test", Clock.systemUTC()));

    handling.process(
        Queues.ORDER_PLACED_NAME,
        new ReceivedMessage("m-1", "{not json", Map.of(FailureAttributes.ORDER_ID, "o-1"), 1, null),
        seconds -> {
          throw new AssertionError("a permanent failure does not change the visibility");
        },
        body ->
            dev.satpage.model.json.Json.read(body, dev.satpage.model.message.OrderPlaced.class));

    List<Message> dead = receiveAll(Queues.ORDER_PLACED.deadLetterName(), 1);
    assertThat(dead).hasSize(1);
    Map<String, String> attrs = new java.util.HashMap<>();
    dead.getFirst().messageAttributes().forEach((k, v) -> attrs.put(k, v.stringValue()));
    assertThat(dead.getFirst().body()).isEqualTo("{not json");
    assertThat(attrs)
        .containsEntry(FailureAttributes.REASON, "invalid-message")
        .containsEntry(FailureAttributes.ORDER_ID, "o-1")
        .containsEntry(FailureAttributes.FAILED_BY, "test")
        .containsKey(FailureAttributes.FAILED_AT);
    assertThat(attrs.get(FailureAttributes.DETAIL)).contains("malformed JSON");
  }

  @Test
  void visibilityFromTheQueueArn_makesAReceivedMessageVisibleAgain_withItsReceiveCountCounting() {
    queue.send(Queues.RENDER_JOBS_NAME, new OutboundMessage("id-v", "body-v", Map.of()));
    String url = queue.urlOf(Queues.RENDER_JOBS_NAME);
    Message first = receiveOne(url);
    // The ARN a Lambda SQS event carries as eventSourceARN; the adapter finds the URL with
    // GetQueueUrl.
    String arn = "arn:aws:sqs:" + devstack.region() + ":000000000000:" + Queues.RENDER_JOBS_NAME;

    new SqsVisibility(sqs).of(arn, first.receiptHandle()).changeTo(0);

    Message again = receiveOne(url);
    assertThat(again.messageId()).isEqualTo(first.messageId());
    assertThat(ReceivedMessage.of(again).receiveCount()).isEqualTo(2);
  }

  private Message receiveOne(String url) {
    // Invisible for 300 s after each receive: only a visibility change can bring it back within
    // this test.
    List<Message> got =
        sqs.receiveMessage(
                b ->
                    b.queueUrl(url)
                        .waitTimeSeconds(2)
                        .visibilityTimeout(300)
                        .messageSystemAttributeNames(
                            software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName
                                .ALL))
            .messages();
    assertThat(got).hasSize(1);
    return got.getFirst();
  }

  private List<Message> receiveAll(String queueName, int expected) {
    return TestQueues.receiveAndDelete(sqs, queueName, expected, Duration.ofSeconds(10));
  }
}
