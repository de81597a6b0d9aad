package dev.satpage.ops.dlq;

import java.util.Map;

/**
 * What a replay sends: the body and attributes of the dead letter, the replay counter incremented,
 * and for FIFO targets the original group and deduplication ids (null for standard queues).
 */
public record ReplayCopy(
    String body, Map<String, MessageAttribute> attributes, String groupId, String deduplicationId) {
  public ReplayCopy {
    attributes = Map.copyOf(attributes);
  }
}
