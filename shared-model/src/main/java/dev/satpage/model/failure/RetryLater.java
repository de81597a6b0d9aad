package dev.satpage.model.failure;

import java.time.Duration;

/**
 * An expected wait, not a fault: the work is in someone else's hands right now (a gate claimed by
 * another holder), so this delivery steps back and its message is retried after a backoff.
 * Consumers log it as one line without a stack trace; an on-call engineer should never be paged for
 * it. Carries no stack trace: it is ordinary control flow.
 *
 * <p>{@link #notSooner} is how long a retry cannot change anything (a claim held by someone else
 * cannot be taken over before it is stale): the message is kept invisible at least that long, so
 * waiting costs one receive of the redrive policy's budget instead of a backoff series that would
 * run it out first.
 */
public class RetryLater extends TransientFailure {
  private final Duration notSooner;

  public RetryLater(String message) {
    this(message, Duration.ZERO);
  }

  public RetryLater(String message, Duration notSooner) {
    super(message, null, false);
    this.notSooner = notSooner.isNegative() ? Duration.ZERO : notSooner;
  }

  /** The least wait before a retry can make progress; {@link Duration#ZERO} when unknown. */
  public Duration notSooner() {
    return notSooner;
  }
}
