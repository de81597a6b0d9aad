package dev.satpage.model.failure;

/**
 * A failure that may pass (timeout, 5xx, 429, throttling): the message stays on its queue and is
 * retried with backoff, reaching the DLQ only through the redrive policy after {@code
 * maxReceiveCount} receives.
 */
public class TransientFailure extends RuntimeException {
  public TransientFailure(String message) {
    super(message);
  }

  public TransientFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * For subclasses that are expected control flow ({@link RetryLater}): {@code stackTrace} false
   * records none.
   */
  protected TransientFailure(String message, Throwable cause, boolean stackTrace) {
    super(message, cause, false, stackTrace);
  }
}
