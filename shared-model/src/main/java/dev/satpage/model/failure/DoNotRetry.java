package dev.satpage.model.failure;

import java.util.List;
import java.util.Optional;

/**
 * The one rule for what is not worth retrying. A {@link PermanentFailure} says so itself; beyond
 * it, the exceptions that mean a programming error — the same message would fail the same way on
 * every receive — become {@link FailureReason#INTERNAL_ERROR} instead of burning every retry up to
 * the redrive limit. Everything else (a timeout, an SDK error, an {@link IllegalStateException}
 * from a client shutting down) stays retryable.
 */
public final class DoNotRetry {
  /**
   * Thrown by a bug, not by a passing condition. {@code IllegalStateException} is left out on
   * purpose (see above).
   */
  static final List<Class<? extends RuntimeException>> PROGRAMMING_ERRORS =
      List.of(
          NullPointerException.class,
          IllegalArgumentException.class,
          ClassCastException.class,
          IndexOutOfBoundsException.class,
          ArithmeticException.class,
          UnsupportedOperationException.class,
          ArrayStoreException.class,
          NegativeArraySizeException.class);

  private DoNotRetry() {}

  /**
   * {@code failure} as a permanent failure, when retrying cannot fix it; empty when it should be
   * retried.
   */
  public static Optional<PermanentFailure> permanent(RuntimeException failure) {
    if (failure instanceof PermanentFailure permanent) {
      return Optional.of(permanent);
    }
    if (failure instanceof TransientFailure) {
      return Optional.empty();
    }
    if (PROGRAMMING_ERRORS.stream().anyMatch(type -> type.isInstance(failure))) {
      return Optional.of(
          new PermanentFailure(FailureReason.INTERNAL_ERROR, failure + where(failure), failure));
    }
    return Optional.empty();
  }

  /**
   * " at Class.method(File.java:N)": the frame that threw, so the DLQ detail points at the code to
   * fix.
   */
  private static String where(Throwable failure) {
    StackTraceElement[] stack = failure.getStackTrace();
    return stack.length == 0 ? "" : " at " + stack[0];
  }
}
