package dev.satpage.model.failure;

/**
 * A failure that retrying cannot fix (bad input, a 4xx from a provider, a corrupt image): the
 * message goes to its DLQ at once with {@link #reason()} and {@link #detail()} attached, without a
 * retry storm.
 */
public class PermanentFailure extends RuntimeException {
  private final FailureReason reason;
  private final String detail;

  /**
   * @param reason one of the registry's reasons
   * @param detail what a person needs to fix it: which field, which object, what the provider said
   */
  public PermanentFailure(FailureReason reason, String detail) {
    super(reason.code() + ": " + detail);
    this.reason = reason;
    this.detail = detail;
  }

  public PermanentFailure(FailureReason reason, String detail, Throwable cause) {
    super(reason.code() + ": " + detail, cause);
    this.reason = reason;
    this.detail = detail;
  }

  /**
   * The reason's code ({@link FailureReason#code()}), as it travels in DLQ attributes and events.
   */
  public String reason() {
    return reason.code();
  }

  /** The reason itself. */
  public FailureReason kind() {
    return reason;
  }

  public String detail() {
    return detail;
  }
}
