package dev.satpage.ops.dlq;

import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.failure.FailureReason;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A message as read from a queue (usually a DLQ), with what ops needs to judge it. {@code
 * receiptHandle} is valid only for the receive that returned it. {@code groupId} and {@code
 * deduplicationId} are null outside FIFO queues.
 */
public record DeadLetter(
    String messageId,
    String receiptHandle,
    String body,
    Map<String, MessageAttribute> attributes,
    int receiveCount,
    Instant sentAt,
    String groupId,
    String deduplicationId) {
  /** The reason code of a message the redrive policy moved: it carries no failure attributes. */
  public static final String REDRIVE_REASON = FailureReason.REDRIVE.code();

  public DeadLetter {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(body, "body");
    attributes = Map.copyOf(attributes);
  }

  public Optional<String> attribute(String name) {
    MessageAttribute a = attributes.get(name);
    return a == null ? Optional.empty() : Optional.ofNullable(a.stringValue());
  }

  /**
   * The failure reason code, or {@link #REDRIVE_REASON} when SQS moved it after maxReceiveCount
   * receives.
   */
  public String reason() {
    return attribute(FailureAttributes.REASON).orElse(REDRIVE_REASON);
  }

  /** The reason as a person reads it. */
  public String reasonText() {
    return attribute(FailureAttributes.REASON)
        .map(r -> r + attribute(FailureAttributes.DETAIL).map(d -> ": " + d).orElse(""))
        .orElse("redrive after maxReceiveCount (transient failures exhausted)");
  }

  public Optional<String> bookId() {
    return attribute(FailureAttributes.BOOK_ID).or(() -> BodyIds.bookId(body));
  }

  public Optional<String> orderId() {
    return attribute(FailureAttributes.ORDER_ID).or(() -> BodyIds.orderId(body));
  }

  /**
   * Whether the message is about the book: by attribute, or by a body (an order may list several
   * books).
   */
  public boolean concernsBook(String bookId) {
    return attribute(FailureAttributes.BOOK_ID).map(bookId::equals).orElse(false)
        || BodyIds.mentionsBook(body, bookId);
  }

  /**
   * Times ops replayed it already (0 if never); a malformed counter counts as 0 so it can still be
   * replayed.
   */
  public int replayCount() {
    try {
      return attribute(ReplayAttributes.REPLAY_COUNT).map(Integer::parseInt).orElse(0);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * When it failed first: across replays if known, else the last failure's time; empty for redrive
   * moves.
   */
  public Optional<String> firstFailedAt() {
    return attribute(ReplayAttributes.FIRST_FAILED_AT)
        .or(() -> attribute(FailureAttributes.FAILED_AT));
  }
}
