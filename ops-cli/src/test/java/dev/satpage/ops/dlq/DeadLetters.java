package dev.satpage.ops.dlq;

import dev.satpage.model.failure.FailureAttributes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test-data builder for dead letters: {@code
 * aDeadLetter().forBook("b1").withReason("imagery-corrupt").build()}.
 */
public final class DeadLetters {
  private final Map<String, MessageAttribute> attrs = new LinkedHashMap<>();
  private String body = "{\"schemaVersion\":1}";
  private String id = "m-" + System.nanoTime();
  private String groupId;
  private String dedupId;

  public static DeadLetters aDeadLetter() {
    return new DeadLetters();
  }

  public DeadLetters id(String value) {
    id = value;
    return this;
  }

  public DeadLetters body(String value) {
    body = value;
    return this;
  }

  public DeadLetters forBook(String bookId) {
    return attr(FailureAttributes.BOOK_ID, bookId);
  }

  public DeadLetters forOrder(String orderId) {
    return attr(FailureAttributes.ORDER_ID, orderId);
  }

  public DeadLetters withReason(String reason) {
    attr(FailureAttributes.CLASS, "permanent");
    attr(FailureAttributes.FAILED_AT, "2026-01-02T03:04:05Z");
    return attr(FailureAttributes.REASON, reason);
  }

  public DeadLetters replayed(int times) {
    attrs.put(
        ReplayAttributes.REPLAY_COUNT,
        new MessageAttribute("Number", Integer.toString(times), null));
    return this;
  }

  public DeadLetters fifo(String group, String dedup) {
    groupId = group;
    dedupId = dedup;
    return this;
  }

  public DeadLetters attr(String name, String value) {
    attrs.put(name, MessageAttribute.string(value));
    return this;
  }

  public DeadLetter build() {
    return new DeadLetter(id, "rh-" + id, body, attrs, 1, null, groupId, dedupId);
  }

  /** As a copy to put into a queue. */
  public ReplayCopy asCopy() {
    return new ReplayCopy(body, attrs, groupId, dedupId);
  }
}
