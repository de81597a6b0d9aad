package dev.satpage.model.failure;

/**
 * An expected wait, not a fault: the work is in someone else's hands right now (a gate claimed by
 * another holder), so this delivery steps back and its message is retried after a backoff.
 * Consumers log it as one line without a stack trace; an on-call engineer should never be paged for
 * it. Carries no stack trace: it is ordinary control flow.
 */
public class RetryLater extends TransientFailure {
  public RetryLater(String message) {
    super(message, null, false);
  }
}
