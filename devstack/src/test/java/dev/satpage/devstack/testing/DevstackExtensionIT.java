package dev.satpage.devstack.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.DevstackConfig;
import dev.satpage.model.queue.Queues;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** The extension hands one configured devstack to the class; TestQueues against its ElasticMQ. */
class DevstackExtensionIT {
  private static final String BUCKET = "extension-it-bucket";

  @RegisterExtension
  static final DevstackExtension DEVSTACK =
      DevstackExtension.of(
          new DevstackConfig(
              0,
              0,
              0,
              BUCKET,
              DevstackConfig.DEFAULT_REGION,
              DevstackConfig.DEFAULT_ACCESS_KEY,
              DevstackConfig.DEFAULT_SECRET_KEY,
              DevstackConfig.DEFAULT_IMAGERY_API_KEY,
              null));

  static Devstack fromBeforeAll;
  static SqsClient sqs;

  record Note(String text, int n) {}

  @BeforeAll
  static void start(Devstack devstack) {
    fromBeforeAll = devstack;
    sqs = devstack.newSqsClient();
  }

  @AfterAll
  static void stop(Devstack devstack) {
    sqs.close();
    assertThat(devstack.queueUrls()).as("still running during @AfterAll").isNotEmpty();
  }

  @Test
  void oneConfiguredStackPerClass_isInjectedEverywhere(Devstack devstack) {
    assertThat(devstack).isSameAs(fromBeforeAll).isSameAs(DEVSTACK.devstack());
    assertThat(devstack.bucket()).isEqualTo(BUCKET);
    try (var s3 = devstack.newS3Client()) {
      assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).contains(BUCKET);
    }
    assertThat(devstack.queueUrls())
        .containsKeys(Queues.ALL.stream().map(q -> q.name()).toArray(String[]::new));
  }

  @Test
  void receiveAndDelete_takesTheMessagesWithTheirAttributes_andDrainReadsRecords() {
    String queue = TestQueues.createPair(sqs, "ext-it", false);
    String url = TestQueues.url(sqs, queue);
    for (int i = 0; i < 3; i++) {
      int n = i;
      sqs.sendMessage(
          b ->
              b.queueUrl(url)
                  .messageBody("{\"text\":\"hi\",\"n\":" + n + "}")
                  .messageAttributes(
                      Map.of(
                          "who",
                          MessageAttributeValue.builder()
                              .dataType("String")
                              .stringValue("it")
                              .build())));
    }

    List<Message> got = TestQueues.receiveAndDelete(sqs, queue, 2, Duration.ofSeconds(10));

    assertThat(got)
        .hasSizeBetween(2, 3)
        .allSatisfy(m -> assertThat(TestQueues.attributes(m)).containsEntry("who", "it"));
    List<Note> rest = TestQueues.drain(sqs, queue, Note.class);
    assertThat(TestQueues.read(got, Note.class).size() + rest.size()).isEqualTo(3);
    assertThat(TestQueues.drain(sqs, queue)).isEmpty();
    assertThat(TestQueues.drain(sqs, TestQueues.dlqOf(queue))).isEmpty();
  }

  @Test
  void lease_keepsTheMessagesButHidesThem() {
    String queue = TestQueues.createPair(sqs, "ext-lease", true);
    String url = TestQueues.url(sqs, queue);
    sqs.sendMessage(
        b -> b.queueUrl(url).messageBody("{}").messageGroupId("g").messageDeduplicationId("d"));

    List<Message> leased =
        TestQueues.lease(sqs, queue, 1, Duration.ofSeconds(10), Duration.ofSeconds(300));

    assertThat(leased).hasSize(1);
    assertThat(TestQueues.receiveAndDelete(sqs, queue)).as("invisible while leased").isEmpty();
    sqs.changeMessageVisibility(
        b -> b.queueUrl(url).receiptHandle(leased.getFirst().receiptHandle()).visibilityTimeout(0));
    assertThat(TestQueues.drain(sqs, queue))
        .extracting(Message::messageId)
        .containsExactly(leased.getFirst().messageId());
  }
}
