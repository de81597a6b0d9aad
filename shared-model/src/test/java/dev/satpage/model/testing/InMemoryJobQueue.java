package dev.satpage.model.testing;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.OutboundMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link JobQueue} that keeps what was sent, per queue, in order; thread-safe. It refuses what
 * SQS refuses, so that a test against the fake meets the same failures as production (SQS
 * documentation, read 2026-12-02): a message is at most 1,048,576 bytes, body plus every
 * attribute's name, data type ({@code String}) and value in UTF-8, with at most 10 attributes
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html,
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_MessageAttributeValue.html);
 * ids within one batch are distinct (API_SendMessageBatch, BatchEntryIdsNotDistinct).
 */
public final class InMemoryJobQueue implements JobQueue {
  static final long SQS_MAX_MESSAGE_BYTES = 1_048_576;
  static final int SQS_MAX_ATTRIBUTES = 10;

  private final Map<String, List<OutboundMessage>> sent = new ConcurrentHashMap<>();

  @Override
  public void send(String queueName, OutboundMessage message) {
    sendAll(queueName, List.of(message));
  }

  @Override
  public void sendAll(String queueName, List<OutboundMessage> messages) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (OutboundMessage m : messages) {
      if (m.attributes().size() > SQS_MAX_ATTRIBUTES) {
        throw new PermanentFailure(
            FailureReason.TOO_MANY_ATTRIBUTES,
            m.id() + ": " + m.attributes().size() + " attributes, at most " + SQS_MAX_ATTRIBUTES);
      }
      long bytes = utf8(m.body());
      for (var a : m.attributes().entrySet()) {
        bytes += utf8(a.getKey()) + utf8("String") + utf8(a.getValue());
      }
      if (bytes > SQS_MAX_MESSAGE_BYTES) {
        throw new PermanentFailure(
            FailureReason.MESSAGE_TOO_LARGE,
            m.id() + ": " + bytes + " bytes, at most " + SQS_MAX_MESSAGE_BYTES);
      }
      if (!ids.add(m.id())) {
        throw new PermanentFailure(
            FailureReason.DUPLICATE_MESSAGE_ID, m.id() + " twice in one send");
      }
    }
    List<OutboundMessage> list =
        sent.computeIfAbsent(
            queueName, q -> java.util.Collections.synchronizedList(new ArrayList<>()));
    list.addAll(messages);
  }

  private static long utf8(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /** Everything sent to a queue so far. */
  public List<OutboundMessage> sent(String queueName) {
    List<OutboundMessage> list = sent.get(queueName);
    if (list == null) {
      return List.of();
    }
    synchronized (list) {
      return List.copyOf(list);
    }
  }

  /** Removes and returns everything sent to a queue so far. */
  public List<OutboundMessage> drain(String queueName) {
    List<OutboundMessage> list = sent.get(queueName);
    if (list == null) {
      return List.of();
    }
    synchronized (list) {
      List<OutboundMessage> copy = List.copyOf(list);
      list.clear();
      return copy;
    }
  }
}
