package dev.satpage.ops;

/** An error to report to the operator in one line, with the exit code that classifies it. */
public final class OpsException extends RuntimeException {
  private final int exitCode;

  public OpsException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public OpsException(int exitCode, String message) {
    this(exitCode, message, null);
  }

  public int exitCode() {
    return exitCode;
  }
}
