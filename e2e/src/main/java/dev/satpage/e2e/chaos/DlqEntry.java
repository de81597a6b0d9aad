package dev.satpage.e2e.chaos;

import dev.satpage.model.failure.FailureReason;

/**
 * One message found in a dead-letter queue, with the book it concerns and why it is there: the
 * consumer's {@code satpage-failure-reason}, or {@code redrive} when SQS moved it after
 * maxReceiveCount (no attributes).
 */
public record DlqEntry(String queue, String bookId, String orderId, String reason, String detail) {
  public static final String REDRIVE = FailureReason.REDRIVE.code();

  public boolean hasReason() {
    return reason != null && !reason.isBlank();
  }
}
