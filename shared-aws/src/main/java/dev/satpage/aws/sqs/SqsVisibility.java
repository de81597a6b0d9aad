package dev.satpage.aws.sqs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * {@link MessageVisibility} over SQS ChangeMessageVisibility for consumers that get a receipt
 * handle and the queue's ARN but no queue URL — a Lambda SQS event record ({@code receiptHandle},
 * {@code eventSourceARN}). The URL is looked up once per ARN with GetQueueUrl (queue name and owner
 * account from the ARN), so no URL format is assumed.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueUrl.html
 */
public final class SqsVisibility {
  // arn:<partition>:sqs:<region>:<account>:<name>
  // https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsqs.html#amazonsqs-resources-for-iam-policies
  private static final Pattern QUEUE_ARN =
      Pattern.compile("^arn:[a-z-]+:sqs:[a-z0-9-]+:([0-9]{12}):([A-Za-z0-9_.-]{1,80})$");

  private final SqsClient sqs;
  private final Map<String, String> urls = new ConcurrentHashMap<>();

  public SqsVisibility(SqsClient sqs) {
    this.sqs = sqs;
  }

  /** The visibility of the message with {@code receiptHandle} on the queue {@code queueArn}. */
  public MessageVisibility of(String queueArn, String receiptHandle) {
    return seconds ->
        sqs.changeMessageVisibility(
            b ->
                b.queueUrl(urlOf(queueArn))
                    .receiptHandle(receiptHandle)
                    .visibilityTimeout(seconds));
  }

  String urlOf(String queueArn) {
    return urls.computeIfAbsent(
        queueArn,
        arn -> {
          Matcher m = QUEUE_ARN.matcher(arn == null ? "" : arn);
          if (!m.matches()) {
            throw new IllegalArgumentException("not an SQS queue ARN: " + arn);
          }
          return sqs.getQueueUrl(b -> b.queueName(m.group(2)).queueOwnerAWSAccountId(m.group(1)))
              .queueUrl();
        });
  }
}
