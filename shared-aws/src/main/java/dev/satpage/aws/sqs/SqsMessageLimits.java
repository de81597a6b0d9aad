package dev.satpage.aws.sqs;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.port.OutboundMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What SQS accepts, checked before a request goes out so that a message SQS would refuse fails at
 * once, permanently, naming the limit (read 2026-12-02):
 *
 * <ul>
 *   <li>a message is at most 1,048,576 bytes (1 MiB; 256 KiB before August 2025), and "all parts of
 *       the message attribute, including Name, Type, and Value, are part of the message size
 *       restriction"; at most 10 attributes:
 *       https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html,
 *       https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_MessageAttributeValue.html;
 *   <li>SendMessageBatch: at most 10 entries and 1 MiB in total; entry ids of at most 80
 *       alphanumerics, hyphens and underscores, distinct within the request:
 *       https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatch.html.
 * </ul>
 */
final class SqsMessageLimits {
  static final int MAX_MESSAGE_BYTES = 1_048_576;
  static final int MAX_BATCH_BYTES = 1_048_576;
  static final int MAX_BATCH_ENTRIES = 10;
  static final int MAX_ATTRIBUTES = 10;

  /** Every attribute is sent with this data type. */
  static final String DATA_TYPE = "String";

  private static final Pattern ENTRY_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

  private SqsMessageLimits() {}

  /**
   * A message's size as SQS counts it: UTF-8 body plus each attribute's name, data type and value.
   */
  static long size(OutboundMessage m) {
    long size = utf8(m.body());
    for (var a : m.attributes().entrySet()) {
      size += utf8(a.getKey()) + utf8(DATA_TYPE) + utf8(a.getValue());
    }
    return size;
  }

  /**
   * Refuses, before anything is sent, what the queue could never accept, and repeated ids within
   * one call.
   */
  static void check(String queueName, List<OutboundMessage> messages, int maxMessageBytes) {
    Set<String> ids = new HashSet<>();
    for (OutboundMessage m : messages) {
      if (m.attributes().size() > MAX_ATTRIBUTES) {
        throw new PermanentFailure(
            FailureReason.TOO_MANY_ATTRIBUTES,
            "message "
                + m.id()
                + " for "
                + queueName
                + " has "
                + m.attributes().size()
                + " attributes; SQS accepts at most "
                + MAX_ATTRIBUTES);
      }
      long size = size(m);
      if (size > maxMessageBytes) {
        throw new PermanentFailure(
            FailureReason.MESSAGE_TOO_LARGE,
            "message "
                + m.id()
                + " for "
                + queueName
                + " is "
                + size
                + " bytes (body and attributes); SQS accepts at most "
                + maxMessageBytes
                + " bytes");
      }
      if (!ids.add(m.id())) {
        throw new PermanentFailure(
            FailureReason.DUPLICATE_MESSAGE_ID,
            "message id " + m.id() + " appears twice in one send to " + queueName);
      }
    }
  }

  /**
   * Consecutive batches of at most 10 entries and 1 MiB each; every message is at most the limit
   * (checked before).
   */
  static List<List<OutboundMessage>> batches(List<OutboundMessage> messages) {
    List<List<OutboundMessage>> out = new ArrayList<>();
    List<OutboundMessage> batch = new ArrayList<>();
    long bytes = 0;
    for (OutboundMessage m : messages) {
      long size = size(m);
      if (!batch.isEmpty()
          && (batch.size() == MAX_BATCH_ENTRIES || bytes + size > MAX_BATCH_BYTES)) {
        out.add(batch);
        batch = new ArrayList<>();
        bytes = 0;
      }
      batch.add(m);
      bytes += size;
    }
    if (!batch.isEmpty()) {
      out.add(batch);
    }
    return out;
  }

  /**
   * The batch entry id of a message: its own id when SQS accepts it as one, else its valid
   * characters (others become {@code _}) cut to 63 and a 64-bit hash of the whole id, so that
   * distinct ids stay distinct and a failure report still reads like the id.
   */
  static String entryId(String id) {
    if (ENTRY_ID.matcher(id).matches()) {
      return id;
    }
    String readable = id.replaceAll("[^A-Za-z0-9_-]", "_");
    readable = readable.substring(0, Math.min(63, readable.length()));
    return readable + "_" + HexFormat.of().formatHex(sha256(id), 0, 8);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
