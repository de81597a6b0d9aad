package dev.satpage.ops;

/** The process exit codes, one per kind of outcome, so scripts can branch without parsing text. */
public final class ExitCode {
  /** Done; nothing failed (held-back and skipped messages are not failures). */
  public static final int OK = 0;

  /**
   * Ran, but some messages could not be replayed, or a native move task failed: see the summary.
   */
  public static final int PARTIAL = 1;

  /** Bad command line (picocli's own code for parameter errors). */
  public static final int USAGE = 2;

  /** A queue, bucket or book that does not exist. */
  public static final int NOT_FOUND = 3;

  /** No credentials found, or the service refused the ones given. */
  public static final int CREDENTIALS = 4;

  /** The endpoint could not be reached (connection refused, unknown host, timeout). */
  public static final int UNREACHABLE = 5;

  /** Any other error from the service. */
  public static final int SERVICE_ERROR = 6;

  private ExitCode() {}
}
