package dev.satpage.e2e.soak;

import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Messages left in every pipeline queue and DLQ (visible + in flight + delayed), read with
 * GetQueueAttributes.
 */
final class QueueDepth {
  private QueueDepth() {}

  static Map<String, Long> all(SqsClient sqs) {
    Map<String, Long> depth = new LinkedHashMap<>();
    for (QueueSpec q : Queues.ALL) {
      depth.put(q.name(), of(sqs, q.name()));
      depth.put(q.deadLetterName(), of(sqs, q.deadLetterName()));
    }
    return depth;
  }

  private static long of(SqsClient sqs, String queue) {
    String url = sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
    Map<QueueAttributeName, String> a =
        sqs.getQueueAttributes(
                b ->
                    b.queueUrl(url)
                        .attributeNames(
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))
            .attributes();
    return a.values().stream().mapToLong(Long::parseLong).sum();
  }

  /**
   * Queues that must be empty once the load is over: every queue the pipeline consumes and every
   * DLQ. The two output queues are not: {@code book-rendered} is drained by the driver, {@code
   * printhouse-delivery} belongs to the printhouse pipeline, which is not part of a soak.
   */
  static boolean mustBeEmpty(String queue) {
    return !queue.equals(Queues.BOOK_RENDERED_NAME)
        && !queue.equals(Queues.PRINTHOUSE_DELIVERY_NAME);
  }
}
