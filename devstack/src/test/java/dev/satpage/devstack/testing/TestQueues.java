package dev.satpage.devstack.testing;

import dev.satpage.model.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;

/**
 * What tests do with a queue over a real SQS client (ElasticMQ in devstack): receive and delete,
 * drain, lease as a Lambda event source mapping does, read bodies as records, and create throw-away
 * queue pairs. Queues are named, not addressed by URL. Every receive is a long poll of {@value
 * #POLL_SECONDS} s for up to 10 messages with all message and system attributes.
 */
public final class TestQueues {
  /** One receive's long poll. */
  public static final int POLL_SECONDS = 1;

  // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ReceiveMessage.html:
  // 1 to 10 messages.
  private static final int MAX_MESSAGES = 10;

  private TestQueues() {}

  /** One long poll: receives what is there and deletes it. */
  public static List<Message> receiveAndDelete(SqsClient sqs, String queue) {
    String url = url(sqs, queue);
    List<Message> messages = sqs.receiveMessage(poll(url, null)).messages();
    messages.forEach(m -> sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle())));
    return messages;
  }

  /**
   * Receives and deletes until it holds at least {@code count} messages or {@code timeout} has
   * passed.
   */
  public static List<Message> receiveAndDelete(
      SqsClient sqs, String queue, int count, Duration timeout) {
    List<Message> all = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (all.size() < count && System.nanoTime() < deadline) {
      all.addAll(receiveAndDelete(sqs, queue));
    }
    return all;
  }

  /** Receives and deletes until a poll comes back empty; returns everything it took. */
  public static List<Message> drain(SqsClient sqs, String queue) {
    List<Message> all = new ArrayList<>();
    List<Message> batch;
    do {
      batch = receiveAndDelete(sqs, queue);
      all.addAll(batch);
    } while (!batch.isEmpty());
    return all;
  }

  /** {@link #drain(SqsClient, String)}, each body read as {@code type} through {@link Json}. */
  public static <T> List<T> drain(SqsClient sqs, String queue, Class<T> type) {
    return read(drain(sqs, queue), type);
  }

  /** The bodies read as {@code type} through {@link Json}, in order. */
  public static <T> List<T> read(List<Message> messages, Class<T> type) {
    return messages.stream().map(m -> Json.read(m.body(), type)).toList();
  }

  /**
   * Receives without deleting, each message then invisible for {@code visibility}, until it holds
   * at least {@code count} or {@code timeout} has passed: the lease a Lambda event source mapping
   * takes before it invokes.
   */
  public static List<Message> lease(
      SqsClient sqs, String queue, int count, Duration timeout, Duration visibility) {
    String url = url(sqs, queue);
    List<Message> all = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (all.size() < count && System.nanoTime() < deadline) {
      all.addAll(sqs.receiveMessage(poll(url, visibility)).messages());
    }
    return all;
  }

  /** The message's string attributes, name → value. */
  public static Map<String, String> attributes(Message message) {
    Map<String, String> attributes = new HashMap<>();
    message.messageAttributes().forEach((name, value) -> attributes.put(name, value.stringValue()));
    return attributes;
  }

  /**
   * Creates {@code prefix-<random>} and its {@code -dlq} (FIFO pair when {@code fifo}); returns the
   * queue name.
   */
  public static String createPair(SqsClient sqs, String prefix, boolean fifo) {
    String base = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    String suffix = fifo ? ".fifo" : "";
    Map<QueueAttributeName, String> dlqAttrs = new HashMap<>();
    if (fifo) {
      dlqAttrs.put(QueueAttributeName.FIFO_QUEUE, "true");
    }
    String dlqUrl =
        sqs.createQueue(b -> b.queueName(base + "-dlq" + suffix).attributes(dlqAttrs)).queueUrl();
    String arn =
        sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
            .attributes()
            .get(QueueAttributeName.QUEUE_ARN);
    Map<QueueAttributeName, String> attrs = new HashMap<>(dlqAttrs);
    attrs.put(
        QueueAttributeName.REDRIVE_POLICY,
        "{\"deadLetterTargetArn\":\"" + arn + "\",\"maxReceiveCount\":\"3\"}");
    sqs.createQueue(b -> b.queueName(base + suffix).attributes(attrs));
    return base + suffix;
  }

  /** The DLQ of a pair made by {@link #createPair}. */
  public static String dlqOf(String queue) {
    return queue.endsWith(".fifo") ? queue.replace(".fifo", "-dlq.fifo") : queue + "-dlq";
  }

  public static String url(SqsClient sqs, String queue) {
    return sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
  }

  private static ReceiveMessageRequest poll(String url, Duration visibility) {
    ReceiveMessageRequest.Builder request =
        ReceiveMessageRequest.builder()
            .queueUrl(url)
            .maxNumberOfMessages(MAX_MESSAGES)
            .waitTimeSeconds(POLL_SECONDS)
            .messageAttributeNames("All")
            .messageSystemAttributeNames(MessageSystemAttributeName.ALL);
    if (visibility != null) {
      request.visibilityTimeout(Math.toIntExact(visibility.toSeconds()));
    }
    return request.build();
  }
}
