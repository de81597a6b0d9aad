package dev.satpage.aws.sqs;

import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.OutboundMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * {@link JobQueue} over SQS. {@code sendAll} uses SendMessageBatch (at most 10 entries per call) and resends entries the
 * batch reported as failed; what still fails is a {@link TransientFailure}, so the caller's message is redelivered and
 * the (deterministic) jobs are published again.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatch.html
 */
public final class SqsJobQueue implements JobQueue {
  private static final int MAX_BATCH = 10;
  private static final int BATCH_ATTEMPTS = 3;

  private final SqsClient sqs;
  private final Map<String, String> urls = new ConcurrentHashMap<>();

  public SqsJobQueue(SqsClient sqs) {
    this.sqs = sqs;
  }

  /** The queue URL for a name, looked up once (GetQueueUrl). */
  public String urlOf(String queueName) {
    return urls.computeIfAbsent(
        queueName,
        name -> {
          try {
            return sqs.getQueueUrl(b -> b.queueName(name)).queueUrl();
          } catch (SdkException e) {
            throw new TransientFailure("cannot resolve queue '" + name + "': " + e.getMessage(), e);
          }
        });
  }

  @Override
  public void send(String queueName, OutboundMessage message) {
    try {
      sqs.sendMessage(
          b -> b.queueUrl(urlOf(queueName)).messageBody(message.body()).messageAttributes(attributes(message)));
    } catch (SdkException e) {
      throw new TransientFailure("send to " + queueName + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void sendAll(String queueName, List<OutboundMessage> messages) {
    for (int from = 0; from < messages.size(); from += MAX_BATCH) {
      sendBatch(queueName, messages.subList(from, Math.min(messages.size(), from + MAX_BATCH)));
    }
  }

  private void sendBatch(String queueName, List<OutboundMessage> batch) {
    Map<String, OutboundMessage> pending = new HashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      pending.put("m" + i, batch.get(i)); // batch entry ids must be unique and [A-Za-z0-9_-]{1,80}
    }
    List<BatchResultErrorEntry> lastErrors = List.of();
    for (int attempt = 0; attempt < BATCH_ATTEMPTS && !pending.isEmpty(); attempt++) {
      List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
      pending.forEach(
          (id, m) ->
              entries.add(
                  SendMessageBatchRequestEntry.builder()
                      .id(id)
                      .messageBody(m.body())
                      .messageAttributes(attributes(m))
                      .build()));
      SendMessageBatchResponse response;
      try {
        response = sqs.sendMessageBatch(b -> b.queueUrl(urlOf(queueName)).entries(entries));
      } catch (SdkException e) {
        throw new TransientFailure("batch send to " + queueName + " failed: " + e.getMessage(), e);
      }
      response.successful().forEach(ok -> pending.remove(ok.id()));
      lastErrors = response.failed();
      for (BatchResultErrorEntry error : lastErrors) {
        if (Boolean.TRUE.equals(error.senderFault())) {
          throw new IllegalArgumentException(
              "SQS refused a message for " + queueName + ": " + error.code() + " " + error.message());
        }
      }
    }
    if (!pending.isEmpty()) {
      throw new TransientFailure(
          pending.size() + " of " + batch.size() + " messages not accepted by " + queueName + ": " + lastErrors);
    }
  }

  static Map<String, MessageAttributeValue> attributes(OutboundMessage message) {
    Map<String, MessageAttributeValue> out = new HashMap<>();
    message
        .attributes()
        .forEach((k, v) -> out.put(k, MessageAttributeValue.builder().dataType("String").stringValue(v).build()));
    return out;
  }
}
