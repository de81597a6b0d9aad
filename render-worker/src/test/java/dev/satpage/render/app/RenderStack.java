package dev.satpage.render.app;

import dev.satpage.aws.AwsClients;
import dev.satpage.aws.AwsSettings;
import dev.satpage.aws.s3.S3ObjectStore;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.TestQueues;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.queue.Queues;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The render worker's ITs' devstack, and its queues and bucket as the coordinator and the web shop
 * use them, over real SDK clients.
 */
final class RenderStack implements AutoCloseable {
  final Devstack devstack;
  final S3Client s3;
  final SqsClient sqs;
  final ObjectStore store;

  private RenderStack(Devstack devstack) {
    this.devstack = devstack;
    AwsSettings settings =
        new AwsSettings(
            devstack.region(),
            devstack.sqsEndpoint(),
            devstack.s3Endpoint(),
            devstack.accessKey(),
            devstack.secretKey());
    this.s3 = AwsClients.s3(settings);
    this.sqs = AwsClients.sqs(settings);
    this.store = new S3ObjectStore(s3, devstack.bucket());
  }

  /** Clients over {@code devstack}, which the test's {@code DevstackExtension} starts and stops. */
  static RenderStack over(Devstack devstack) {
    return new RenderStack(devstack);
  }

  /**
   * Sends {@code job} as the coordinator does: the body, and the order and book ids as message
   * attributes.
   */
  void send(RenderJob job) {
    sqs.sendMessage(
        b ->
            b.queueUrl(url(Queues.RENDER_JOBS_NAME))
                .messageBody(Json.write(job))
                .messageAttributes(
                    Map.of(
                        "satpage-order-id",
                        string(job.orderId()),
                        "satpage-book-id",
                        string(job.bookId()))));
  }

  /** Receives (one long poll of 1 s) and deletes what is there. */
  List<Message> receive(String queue) {
    return TestQueues.receiveAndDelete(sqs, queue);
  }

  /** Nothing waiting and nothing in flight. */
  boolean isDrained(String queue) {
    Map<String, String> attributes =
        sqs.getQueueAttributes(b -> b.queueUrl(url(queue)).attributeNamesWithStrings("All"))
            .attributesAsStrings();
    return "0".equals(attributes.get("ApproximateNumberOfMessages"))
        && "0".equals(attributes.get("ApproximateNumberOfMessagesNotVisible"));
  }

  private String url(String queue) {
    return sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
  }

  static MessageAttributeValue string(String value) {
    return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
  }

  @Override
  public void close() {
    s3.close();
    sqs.close();
  }
}
