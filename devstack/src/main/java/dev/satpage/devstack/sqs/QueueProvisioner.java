package dev.satpage.devstack.sqs;

import dev.satpage.model.queue.QueueSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.GetQueueAttributesRequest;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Creates each queue with its dead-letter queue and redrive policy, as Terraform does in AWS. */
public final class QueueProvisioner {
  /** SQS's maximum retention (14 days), so nothing leaves a DLQ before someone has looked at it. */
  public static final String DLQ_RETENTION_SECONDS = "1209600";

  private final SqsClient sqs;

  public QueueProvisioner(SqsClient sqs) {
    this.sqs = sqs;
  }

  /**
   * Creates every spec's DLQ then the queue itself; returns queue name → URL for both. Idempotent.
   */
  public Map<String, String> createAll(List<QueueSpec> specs) {
    Map<String, String> urls = new LinkedHashMap<>();
    for (QueueSpec spec : specs) {
      String dlqUrl =
          sqs.createQueue(
                  b ->
                      b.queueName(spec.deadLetterName())
                          .attributes(
                              Map.of(
                                  QueueAttributeName.MESSAGE_RETENTION_PERIOD,
                                  DLQ_RETENTION_SECONDS)))
              .queueUrl();
      String dlqArn =
          sqs.getQueueAttributes(
                  GetQueueAttributesRequest.builder()
                      .queueUrl(dlqUrl)
                      .attributeNames(QueueAttributeName.QUEUE_ARN)
                      .build())
              .attributes()
              .get(QueueAttributeName.QUEUE_ARN);
      // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html
      String redrive =
          "{\"deadLetterTargetArn\":\""
              + dlqArn
              + "\",\"maxReceiveCount\":\""
              + spec.maxReceiveCount()
              + "\"}";
      String url =
          sqs.createQueue(
                  b ->
                      b.queueName(spec.name())
                          .attributes(
                              Map.of(
                                  QueueAttributeName.VISIBILITY_TIMEOUT,
                                  Long.toString(spec.visibilityTimeout().toSeconds()),
                                  // Short polling by default: consumers ask for long polling
                                  // themselves (WaitTimeSeconds on ReceiveMessage).
                                  QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS,
                                  "0",
                                  QueueAttributeName.REDRIVE_POLICY,
                                  redrive)))
              .queueUrl();
      urls.put(spec.deadLetterName(), dlqUrl);
      urls.put(spec.name(), url);
    }
    return urls;
  }
}
