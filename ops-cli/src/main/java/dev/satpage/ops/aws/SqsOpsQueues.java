package dev.satpage.ops.aws;

import dev.satpage.ops.dlq.DeadLetter;
import dev.satpage.ops.dlq.MessageAttribute;
import dev.satpage.ops.dlq.MoveTask;
import dev.satpage.ops.dlq.OpsQueues;
import dev.satpage.ops.dlq.QueueStatus;
import dev.satpage.ops.dlq.ReplayCopy;
import dev.satpage.ops.dlq.UnknownQueueException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.ListMessageMoveTasksResultEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * {@link OpsQueues} over the SQS API (AWS or ElasticMQ). SDK exceptions other than unknown queues
 * pass through.
 */
public final class SqsOpsQueues implements OpsQueues {
  private final SqsClient sqs;
  private final Map<String, String> urls = new ConcurrentHashMap<>();

  public SqsOpsQueues(SqsClient sqs) {
    this.sqs = sqs;
  }

  String urlOf(String queue) {
    String known = urls.get(queue);
    if (known != null) {
      return known;
    }
    try {
      String url = sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
      urls.put(queue, url);
      return url;
    } catch (QueueDoesNotExistException e) {
      throw new UnknownQueueException(queue);
    }
  }

  @Override
  public QueueStatus status(String queue) {
    Map<QueueAttributeName, String> a =
        attributes(
            queue,
            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED);
    return new QueueStatus(
        queue,
        count(a, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES),
        count(a, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE),
        count(a, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED));
  }

  @Override
  public boolean isFifo(String queue) {
    urlOf(queue);
    return queue.endsWith(".fifo");
  }

  @Override
  public List<DeadLetter> receive(String queue, int max, Duration lease) {
    String url = urlOf(queue);
    // A 1 s long poll asks every SQS server, where a short poll samples a few and may answer
    // "empty" while messages
    // remain:
    // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-short-and-long-polling.html
    List<Message> messages =
        sqs.receiveMessage(
                b ->
                    b.queueUrl(url)
                        .maxNumberOfMessages(Math.max(1, Math.min(10, max)))
                        .visibilityTimeout((int) lease.toSeconds())
                        .waitTimeSeconds(1)
                        .messageAttributeNames("All")
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL))
            .messages();
    return messages.stream().map(SqsOpsQueues::deadLetter).toList();
  }

  @Override
  public void release(String queue, List<String> receiptHandles) {
    String url = urlOf(queue);
    for (int from = 0; from < receiptHandles.size(); from += 10) {
      List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
      List<String> slice = receiptHandles.subList(from, Math.min(receiptHandles.size(), from + 10));
      for (int i = 0; i < slice.size(); i++) {
        entries.add(
            ChangeMessageVisibilityBatchRequestEntry.builder()
                .id("r" + i)
                .receiptHandle(slice.get(i))
                .visibilityTimeout(0)
                .build());
      }
      // Entries that fail (an expired handle) are visible again anyway once their lease ends.
      sqs.changeMessageVisibilityBatch(b -> b.queueUrl(url).entries(entries));
    }
  }

  @Override
  public void send(String queue, ReplayCopy copy) {
    String url = urlOf(queue);
    Map<String, MessageAttributeValue> attrs = new HashMap<>();
    copy.attributes()
        .forEach(
            (k, v) ->
                attrs.put(
                    k,
                    MessageAttributeValue.builder()
                        .dataType(v.dataType())
                        .stringValue(v.stringValue())
                        .binaryValue(
                            v.binaryValue() == null
                                ? null
                                : SdkBytes.fromByteArray(v.binaryValue()))
                        .build()));
    sqs.sendMessage(
        b ->
            b.queueUrl(url)
                .messageBody(copy.body())
                .messageAttributes(attrs)
                .messageGroupId(copy.groupId())
                .messageDeduplicationId(copy.deduplicationId()));
  }

  @Override
  public void delete(String queue, String receiptHandle) {
    String url = urlOf(queue);
    sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(receiptHandle));
  }

  @Override
  public String startMove(String deadLetterQueue, String destination, OptionalInt perSecond) {
    String source = arnOf(deadLetterQueue);
    String target = destination == null ? null : arnOf(destination);
    // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_StartMessageMoveTask.html
    return sqs.startMessageMoveTask(
            b ->
                b.sourceArn(source)
                    .destinationArn(target)
                    .maxNumberOfMessagesPerSecond(
                        perSecond.isPresent() ? perSecond.getAsInt() : null))
        .taskHandle();
  }

  @Override
  public MoveTask moveTask(String deadLetterQueue) {
    String source = arnOf(deadLetterQueue);
    List<ListMessageMoveTasksResultEntry> tasks =
        sqs.listMessageMoveTasks(b -> b.sourceArn(source).maxResults(1)).results();
    if (tasks.isEmpty()) {
      throw new IllegalStateException("no message move task for " + deadLetterQueue);
    }
    ListMessageMoveTasksResultEntry t = tasks.getFirst();
    return new MoveTask(
        t.taskHandle(),
        t.status(),
        orZero(t.approximateNumberOfMessagesMoved()),
        orZero(t.approximateNumberOfMessagesToMove()),
        t.failureReason());
  }

  private String arnOf(String queue) {
    return attributes(queue, QueueAttributeName.QUEUE_ARN).get(QueueAttributeName.QUEUE_ARN);
  }

  private Map<QueueAttributeName, String> attributes(String queue, QueueAttributeName... names) {
    String url = urlOf(queue);
    try {
      return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(names)).attributes();
    } catch (QueueDoesNotExistException e) {
      urls.remove(queue);
      throw new UnknownQueueException(queue);
    }
  }

  private static long count(Map<QueueAttributeName, String> a, QueueAttributeName name) {
    String v = a.get(name);
    return v == null ? 0 : Long.parseLong(v);
  }

  private static long orZero(Long v) {
    return v == null ? 0 : v;
  }

  static DeadLetter deadLetter(Message m) {
    Map<String, MessageAttribute> attrs = new HashMap<>();
    m.messageAttributes()
        .forEach(
            (k, v) ->
                attrs.put(
                    k,
                    new MessageAttribute(
                        v.dataType(),
                        v.stringValue(),
                        v.binaryValue() == null ? null : v.binaryValue().asByteArray())));
    Map<MessageSystemAttributeName, String> sys = m.attributes();
    String count = sys.get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
    String sent = sys.get(MessageSystemAttributeName.SENT_TIMESTAMP);
    return new DeadLetter(
        m.messageId(),
        m.receiptHandle(),
        m.body(),
        attrs,
        count == null ? 0 : Integer.parseInt(count),
        sent == null ? null : Instant.ofEpochMilli(Long.parseLong(sent)),
        sys.get(MessageSystemAttributeName.MESSAGE_GROUP_ID),
        sys.get(MessageSystemAttributeName.MESSAGE_DEDUPLICATION_ID));
  }
}
