package dev.satpage.model.failure;

/**
 * A failure that retrying cannot fix (bad input, a 4xx from a provider, a corrupt image): the message goes to its DLQ at
 * once with {@link #reason()} attached, without a retry storm.
 */
public class PermanentFailure extends RuntimeException {
  private final String reason;

  public PermanentFailure(String reason) {
    super(reason);
    this.reason = reason;
  }

  public PermanentFailure(String reason, Throwable cause) {
    super(reason, cause);
    this.reason = reason;
  }

  /** A short machine-readable code, e.g. {@code invalid-message}, {@code unresolved-dependency}. */
  public String reason() {
    return reason;
  }
}
