package dev.satpage.aws.sqs;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.OutboundMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * {@link JobQueue} over SQS. What SQS could never accept ({@link SqsMessageLimits}) is refused
 * before sending, as a {@link PermanentFailure} naming the limit; {@code sendAll} packs
 * SendMessageBatch requests of at most 10 entries and 1 MiB, each entry's id derived from the
 * message's own id, and resends entries the batch reported as failed by SQS. A request or entry SQS
 * refuses as the sender's fault (a queue configured with a smaller MaximumMessageSize, say) is a
 * {@link PermanentFailure}; anything else that still fails is a {@link TransientFailure}, so the
 * caller's message is redelivered and the (deterministic) jobs are published again. Every message
 * goes out with the W3C trace context of its own PRODUCER span ({@link TracedSends}).
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatch.html
 */
public final class SqsJobQueue implements JobQueue {
  private static final int BATCH_ATTEMPTS = 3;

  /**
   * SQS error codes that mean "this request can never succeed" (API reference, CommonErrors, read
   * 2026-12-02).
   */
  private static final Set<String> REFUSALS =
      Set.of(
          "InvalidParameterValue",
          "InvalidMessageContents",
          "BatchRequestTooLong",
          "TooManyEntriesInBatchRequest",
          "EmptyBatchRequest",
          "BatchEntryIdsNotDistinct",
          "InvalidBatchEntryId",
          "InvalidAttributeName",
          "InvalidAttributeValue");

  private final SqsClient sqs;
  private final int maxMessageBytes;
  private final Map<String, String> urls = new ConcurrentHashMap<>();

  public SqsJobQueue(SqsClient sqs) {
    this(sqs, SqsMessageLimits.MAX_MESSAGE_BYTES);
  }

  /**
   * With a smaller per-message limit, for queues whose MaximumMessageSize attribute is below SQS's
   * maximum.
   */
  public SqsJobQueue(SqsClient sqs, int maxMessageBytes) {
    if (maxMessageBytes < 1 || maxMessageBytes > SqsMessageLimits.MAX_MESSAGE_BYTES) {
      throw new IllegalArgumentException(
          "maxMessageBytes must be 1.." + SqsMessageLimits.MAX_MESSAGE_BYTES);
    }
    this.sqs = sqs;
    this.maxMessageBytes = maxMessageBytes;
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
    try (TracedSends spans = new TracedSends(queueName)) {
      try {
        sendOne(queueName, spans.traced(message));
      } catch (RuntimeException e) {
        spans.failed(e);
        throw e;
      }
    }
  }

  private void sendOne(String queueName, OutboundMessage message) {
    SqsMessageLimits.check(queueName, List.of(message), maxMessageBytes);
    try {
      sqs.sendMessage(
          b ->
              b.queueUrl(urlOf(queueName))
                  .messageBody(message.body())
                  .messageAttributes(attributes(message)));
    } catch (SqsException e) {
      throw classify(queueName, message.id(), e);
    } catch (SdkException e) {
      throw new TransientFailure("send to " + queueName + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void sendAll(String queueName, List<OutboundMessage> messages) {
    try (TracedSends spans = new TracedSends(queueName)) {
      try {
        List<OutboundMessage> traced = spans.traced(messages);
        SqsMessageLimits.check(queueName, traced, maxMessageBytes);
        for (List<OutboundMessage> batch : SqsMessageLimits.batches(traced)) {
          sendBatch(queueName, batch);
        }
      } catch (RuntimeException e) {
        spans.failed(e);
        throw e;
      }
    }
  }

  private void sendBatch(String queueName, List<OutboundMessage> batch) {
    Map<String, OutboundMessage> pending = new LinkedHashMap<>();
    for (OutboundMessage m : batch) {
      if (pending.put(SqsMessageLimits.entryId(m.id()), m) != null) {
        throw new IllegalStateException("two message ids map to one batch entry id: " + m.id());
      }
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
      } catch (SqsException e) {
        throw classify(queueName, batch.size() + " messages", e);
      } catch (SdkException e) {
        throw new TransientFailure("batch send to " + queueName + " failed: " + e.getMessage(), e);
      }
      response.successful().forEach(ok -> pending.remove(ok.id()));
      lastErrors = response.failed();
      for (BatchResultErrorEntry error : lastErrors) {
        if (Boolean.TRUE.equals(error.senderFault())) {
          throw new PermanentFailure(
              FailureReason.QUEUE_REFUSED_MESSAGE,
              queueName
                  + " refused message "
                  + pending.get(error.id()).id()
                  + ": "
                  + error.code()
                  + " "
                  + error.message());
        }
      }
    }
    if (!pending.isEmpty()) {
      throw new TransientFailure(
          pending.size()
              + " of "
              + batch.size()
              + " messages not accepted by "
              + queueName
              + ": "
              + lastErrors);
    }
  }

  /**
   * A 400 whose code says the request itself is wrong cannot succeed later: permanent; anything
   * else transient.
   */
  private static RuntimeException classify(String queueName, String what, SqsException e) {
    String code =
        e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
    String bare =
        code.startsWith("AWS.SimpleQueueService.")
            ? code.substring("AWS.SimpleQueueService.".length())
            : code;
    if (e.statusCode() == 400 && REFUSALS.contains(bare)) {
      return new PermanentFailure(
          FailureReason.QUEUE_REFUSED_MESSAGE,
          queueName + " refused " + what + ": " + code + " " + e.awsErrorDetails().errorMessage());
    }
    return new TransientFailure("send to " + queueName + " failed: " + e.getMessage(), e);
  }

  static Map<String, MessageAttributeValue> attributes(OutboundMessage message) {
    Map<String, MessageAttributeValue> out = new HashMap<>();
    message
        .attributes()
        .forEach(
            (k, v) ->
                out.put(
                    k,
                    MessageAttributeValue.builder()
                        .dataType(SqsMessageLimits.DATA_TYPE)
                        .stringValue(v)
                        .build()));
    return out;
  }
}
