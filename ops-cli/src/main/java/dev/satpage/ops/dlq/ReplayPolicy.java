package dev.satpage.ops.dlq;

import dev.satpage.model.failure.FailureAttributes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decides what a replay does with one dead letter and builds its copy. Pure: the same message and
 * options give the same answer. The loop guard holds back a message already replayed {@code
 * maxReplays} times (a poison message that fails again after every replay) unless {@code force}.
 */
public record ReplayPolicy(ReplayFilter filter, int maxReplays, boolean force) {
  public static final int DEFAULT_MAX_REPLAYS = 3;

  public enum Decision {
    /** Copy to the target, then delete from the DLQ. */
    MOVE,
    /** Matches the filter but was replayed {@code maxReplays} times already: left in the DLQ. */
    HOLD,
    /** Does not match the filter: left in the DLQ. */
    SKIP
  }

  public ReplayPolicy {
    if (maxReplays < 0) {
      throw new IllegalArgumentException("max replays must be >= 0: " + maxReplays);
    }
  }

  public Decision decide(DeadLetter m) {
    if (!filter.matches(m)) {
      return Decision.SKIP;
    }
    return m.replayCount() >= maxReplays && !force ? Decision.HOLD : Decision.MOVE;
  }

  /**
   * The copy to send: every attribute kept, the counter incremented, the run's id set, the first
   * failure time kept; FIFO ids kept, and a message without a deduplication id gets its message id,
   * so a copy sent twice within 5 minutes (a killed replay run again) is accepted once by a FIFO
   * queue. Throws {@link IllegalArgumentException} if SQS's 10-attribute limit leaves no room for
   * the counter.
   */
  public ReplayCopy copyOf(DeadLetter m, boolean fifoTarget, String runId) {
    Map<String, MessageAttribute> attrs = new LinkedHashMap<>(m.attributes());
    attrs.put(
        ReplayAttributes.REPLAY_COUNT,
        new MessageAttribute("Number", Integer.toString(m.replayCount() + 1), null));
    attrs.put(ReplayAttributes.REPLAY_RUN, MessageAttribute.string(runId));
    m.attribute(FailureAttributes.FAILED_AT)
        .filter(at -> !attrs.containsKey(ReplayAttributes.FIRST_FAILED_AT))
        .filter(
            at ->
                attrs.size()
                    < ReplayAttributes
                        .SQS_MAX_ATTRIBUTES) // nice to have, never worth refusing a replay
        .ifPresent(at -> attrs.put(ReplayAttributes.FIRST_FAILED_AT, MessageAttribute.string(at)));
    if (attrs.size() > ReplayAttributes.SQS_MAX_ATTRIBUTES) {
      throw new IllegalArgumentException(
          "message "
              + m.messageId()
              + " has "
              + m.attributes().size()
              + " attributes: no room for the replay counter and run id");
    }
    if (!fifoTarget) {
      return new ReplayCopy(m.body(), attrs, null, null);
    }
    if (m.groupId() == null) {
      throw new IllegalArgumentException(
          "message " + m.messageId() + " has no message group id, which a FIFO target requires");
    }
    String dedup = m.deduplicationId() != null ? m.deduplicationId() : m.messageId();
    return new ReplayCopy(m.body(), attrs, m.groupId(), dedup);
  }
}
