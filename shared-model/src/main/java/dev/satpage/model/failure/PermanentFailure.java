package dev.satpage.model.failure;

/**
 * A failure that retrying cannot fix (bad input, a 4xx from a provider, a corrupt image): the message goes to its DLQ at
 * once with {@link #reason()} and {@link #detail()} attached, without a retry storm.
 */
public class PermanentFailure extends RuntimeException {
  private final String reason;
  private final String detail;

  /**
   * @param reason a short machine-readable code, e.g. {@code invalid-message}, {@code unresolved-dependency}
   * @param detail what a person needs to fix it: which field, which object, what the provider said
   */
  public PermanentFailure(String reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
    this.detail = detail;
  }

  public PermanentFailure(String reason, String detail, Throwable cause) {
    super(reason + ": " + detail, cause);
    this.reason = reason;
    this.detail = detail;
  }

  public String reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }
}
