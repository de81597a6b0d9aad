package dev.satpage.aws.sqs;

/**
 * How long a received message stays invisible, from now: the one queue operation the delivery
 * decisions need besides acknowledging. Spring listeners pass Spring Cloud AWS's {@code
 * Visibility::changeTo}; the Lambda handler passes {@link SqsVisibility} (ChangeMessageVisibility
 * with the record's receipt handle).
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibility.html
 */
@FunctionalInterface
public interface MessageVisibility {
  /**
   * Makes the message visible again {@code seconds} from now (0 = at once; SQS caps it at 12
   * hours).
   */
  void changeTo(int seconds);
}
