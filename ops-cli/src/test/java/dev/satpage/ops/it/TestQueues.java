package dev.satpage.ops.it;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Creates throw-away queue pairs (queue + DLQ with a redrive policy) and drains queues, for tests. */
public final class TestQueues {
  private TestQueues() {}

  /** Creates {@code prefix-<random>} and its {@code -dlq} (FIFO pair when {@code fifo}); returns the queue name. */
  public static String createPair(SqsClient sqs, String prefix, boolean fifo) {
    String base = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    String suffix = fifo ? ".fifo" : "";
    Map<QueueAttributeName, String> dlqAttrs = new HashMap<>();
    if (fifo) {
      dlqAttrs.put(QueueAttributeName.FIFO_QUEUE, "true");
    }
    String dlqUrl = sqs.createQueue(b -> b.queueName(base + "-dlq" + suffix).attributes(dlqAttrs)).queueUrl();
    String arn = sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
        .attributes().get(QueueAttributeName.QUEUE_ARN);
    Map<QueueAttributeName, String> attrs = new HashMap<>(dlqAttrs);
    attrs.put(QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + arn + "\",\"maxReceiveCount\":\"3\"}");
    sqs.createQueue(b -> b.queueName(base + suffix).attributes(attrs));
    return base + suffix;
  }

  public static String dlqOf(String queue) {
    return queue.endsWith(".fifo") ? queue.replace(".fifo", "-dlq.fifo") : queue + "-dlq";
  }

  /** Receives and deletes everything visible in the queue; returns the messages with all attributes. */
  public static List<Message> drain(SqsClient sqs, String queue) {
    String url = sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
    List<Message> all = new java.util.ArrayList<>();
    while (true) {
      List<Message> got = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1)
          .messageAttributeNames("All").messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
      if (got.isEmpty()) {
        return all;
      }
      for (Message m : got) {
        all.add(m);
        sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
      }
    }
  }
}
