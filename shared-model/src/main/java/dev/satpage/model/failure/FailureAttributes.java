package dev.satpage.model.failure;

/** Message attribute names that explain why a message is in a DLQ. Ops tooling reads these. */
public final class FailureAttributes {
  /** Short reason code (see {@link PermanentFailure#reason()}). */
  public static final String REASON = "satpage-failure-reason";

  /** Human-readable detail: which field, which object, what the provider said. */
  public static final String DETAIL = "satpage-failure-detail";

  /** {@code permanent} or {@code transient}. */
  public static final String CLASS = "satpage-failure-class";

  /** The component that gave up, e.g. {@code producer}. */
  public static final String FAILED_BY = "satpage-failed-by";

  /** ISO-8601 instant of the failure. */
  public static final String FAILED_AT = "satpage-failed-at";

  /** Ids copied from the message so a DLQ can be searched without parsing bodies. */
  public static final String ORDER_ID = "satpage-order-id";

  public static final String BOOK_ID = "satpage-book-id";

  /**
   * How many times ops replayed this message out of a DLQ; the ops CLI's loop guard holds it back
   * at K.
   */
  public static final String REPLAY_COUNT = "satpage-replay-count";

  /**
   * {@link #FAILED_AT} of the first failure; a later failure overwrites {@code satpage-failed-at}.
   */
  public static final String FIRST_FAILED_AT = "satpage-first-failed-at";

  /**
   * The id of the ops replay run that sent this copy. A copy that fails again comes back to the DLQ
   * as a new message with its attributes, so the same run recognises it and does not replay it a
   * second time.
   */
  public static final String REPLAY_RUN = "satpage-replay-run";

  private FailureAttributes() {}
}
