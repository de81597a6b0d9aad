package dev.satpage.aws.sqs;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.aws.AwsClients;
import dev.satpage.aws.AwsSettings;
import dev.satpage.aws.strict.SqsLimitsProxy;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.devstack.testing.TestQueues;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.testing.JobQueueContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The {@link JobQueueContract} against {@link SqsJobQueue} over real HTTP to ElasticMQ — through
 * {@link SqsLimitsProxy}, which refuses what SQS refuses and ElasticMQ accepts — plus what only the
 * SQS adapter has: batch entry ids taken from the messages' ids, and a queue's own smaller
 * MaximumMessageSize surfacing as a permanent failure.
 */
@ExtendWith(DevstackExtension.class)
class SqsJobQueueContractIT extends JobQueueContract {
  private static Devstack devstack;
  private static SqsLimitsProxy proxy;
  private static SqsClient viaProxy;
  private static SqsClient direct;

  @BeforeAll
  static void startDevstack(Devstack started) {
    devstack = started;
    proxy = SqsLimitsProxy.start(devstack.sqsEndpoint());
    viaProxy =
        AwsClients.sqs(
            new AwsSettings(
                devstack.region(),
                proxy.endpoint(),
                null,
                devstack.accessKey(),
                devstack.secretKey()));
    direct = devstack.newSqsClient();
  }

  @AfterAll
  static void stopDevstack() {
    viaProxy.close();
    direct.close();
    proxy.close();
  }

  @AfterEach
  void cleanUp() {
    proxy.reset();
    devstack.purgeAllQueues();
  }

  @Override
  protected JobQueue createQueue() {
    devstack.purgeAllQueues();
    return new SqsJobQueue(viaProxy);
  }

  @Override
  protected List<Received> drain(String queueName, int atLeast) {
    List<Message> all =
        new ArrayList<>(
            TestQueues.receiveAndDelete(direct, queueName, atLeast, Duration.ofSeconds(10)));
    all.addAll(TestQueues.drain(direct, queueName));
    return all.stream().map(m -> new Received(m.body(), TestQueues.attributes(m))).toList();
  }

  @Test
  void batchEntryIds_areTheMessagesIds_madeValidWhereSqsWouldRefuseThem() {
    queue.sendAll(
        QUEUE,
        List.of(OutboundMessage.of("job-1", "a"), OutboundMessage.of("book-7/sat-area", "b")));

    assertThat(proxy.entryIds()).hasSize(2);
    assertThat(proxy.entryIds().getFirst()).isEqualTo("job-1");
    assertThat(proxy.entryIds().getLast()).matches("book-7_sat-area_[0-9a-f]{16}");
    assertThat(drain(QUEUE, 2)).hasSize(2);
  }

  @Test
  void aQueueConfiguredWithASmallerMaximum_refusesPermanently_namingItsLimit() {
    proxy.maximumMessageSize(
        QUEUE, 262_144); // e.g. a queue created with the Terraform provider's old default
    OutboundMessage m = OutboundMessage.of("mid", "x".repeat(300 * 1024));

    assertThat(assertPermanent(FailureReason.QUEUE_REFUSED_MESSAGE, () -> queue.send(QUEUE, m)))
        .hasMessageContaining("262144");
    assertThat(
            assertPermanent(
                FailureReason.QUEUE_REFUSED_MESSAGE,
                () -> queue.sendAll(QUEUE, List.of(OutboundMessage.of("small", "fine"), m))))
        .hasMessageContaining("mid")
        .hasMessageContaining("262144");
  }

  /**
   * Where ElasticMQ 1.7.1 is kinder than SQS (measured: it does refuse 11 entries, a batch over 1
   * MiB, 11 attributes and repeated entry ids): it leaves attributes out of the size, counts
   * characters rather than UTF-8 bytes, and takes any entry id. The proxy refuses all three, so the
   * contract above cannot pass on that leniency.
   */
  @Test
  void elasticMqIsKinderThanSqs_andTheProxyIsNot() {
    String url = devstack.queueUrls().get(QUEUE);
    var attribute =
        Map.of(
            "k",
            software.amazon.awssdk.services.sqs.model.MessageAttributeValue.builder()
                .dataType("String")
                .stringValue("x".repeat(100))
                .build());
    String bodyNearTheLimit = "x".repeat(LIMIT - 10);
    String accents = "é".repeat(LIMIT / 2 + 1); // 1,048,578 bytes in 524,289 characters
    var badId =
        software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry.builder()
            .id("book-1/sat-area")
            .messageBody("x")
            .build();

    direct.sendMessage(
        b -> b.queueUrl(url).messageBody(bodyNearTheLimit).messageAttributes(attribute));
    direct.sendMessage(b -> b.queueUrl(url).messageBody(accents));
    direct.sendMessageBatch(b -> b.queueUrl(url).entries(badId));
    assertThat(drain(QUEUE, 3)).as("ElasticMQ accepted all three").hasSize(3);

    assertThatThrownBy(
            () ->
                viaProxy.sendMessage(
                    b ->
                        b.queueUrl(url).messageBody(bodyNearTheLimit).messageAttributes(attribute)))
        .hasMessageContaining("shorter than " + LIMIT);
    assertThatThrownBy(() -> viaProxy.sendMessage(b -> b.queueUrl(url).messageBody(accents)))
        .hasMessageContaining("shorter than " + LIMIT);
    assertThatThrownBy(() -> viaProxy.sendMessageBatch(b -> b.queueUrl(url).entries(badId)))
        .isInstanceOf(software.amazon.awssdk.services.sqs.model.InvalidBatchEntryIdException.class);
  }
}
