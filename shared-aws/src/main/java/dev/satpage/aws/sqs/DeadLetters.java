package dev.satpage.aws.sqs;

import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.QueueSpec;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Moves a message that can never succeed straight to its queue's DLQ, with the reason as message
 * attributes that ops read ({@code ops-cli dlq show}) and that a replay keeps.
 */
public final class DeadLetters {
  private static final int MAX_ATTRIBUTE_CHARS = 1000;

  private final JobQueue queue;
  private final String component;
  private final Clock clock;

  public DeadLetters(JobQueue queue, String component, Clock clock) {
    this.queue = queue;
    this.component = component;
    this.clock = clock;
  }

  /**
   * Sends {@code body} to the DLQ of {@code sourceQueue}, keeping its attributes and adding the
   * failure ones.
   */
  public void send(
      String sourceQueue,
      String messageId,
      String body,
      Map<String, String> attributes,
      String reason,
      String detail) {
    Map<String, String> all = new HashMap<>(attributes);
    all.put(FailureAttributes.REASON, reason);
    all.put(FailureAttributes.DETAIL, truncate(detail == null ? reason : detail));
    all.put(FailureAttributes.CLASS, "permanent");
    all.put(FailureAttributes.FAILED_BY, component);
    all.put(FailureAttributes.FAILED_AT, clock.instant().toString());
    queue.send(sourceQueue + QueueSpec.DLQ_SUFFIX, new OutboundMessage(messageId, body, all));
  }

  private static String truncate(String s) {
    return s.length() <= MAX_ATTRIBUTE_CHARS ? s : s.substring(0, MAX_ATTRIBUTE_CHARS - 1) + "…";
  }
}
