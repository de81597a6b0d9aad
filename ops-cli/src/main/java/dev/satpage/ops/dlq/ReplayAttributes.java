package dev.satpage.ops.dlq;

import dev.satpage.model.failure.FailureAttributes;

/**
 * Attributes the replay adds to a copy (names defined with the failure attributes in shared-model).
 */
public final class ReplayAttributes {
  /**
   * How many times ops replayed this message out of a DLQ; the loop guard holds it back once it
   * reaches K.
   */
  public static final String REPLAY_COUNT = FailureAttributes.REPLAY_COUNT;

  /**
   * The {@code satpage-failed-at} of the first failure, kept because a later failure overwrites
   * that attribute.
   */
  public static final String FIRST_FAILED_AT = FailureAttributes.FIRST_FAILED_AT;

  /** The replay run that sent a copy: one run replays each dead letter at most once. */
  public static final String REPLAY_RUN = FailureAttributes.REPLAY_RUN;

  /** SQS accepts at most 10 message attributes per message. */
  public static final int SQS_MAX_ATTRIBUTES = 10;

  private ReplayAttributes() {}
}
