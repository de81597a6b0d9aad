package dev.satpage.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import org.junit.jupiter.api.function.Executable;

/** The one assertion that a call fails permanently, for a given reason. */
public final class FailureAssertions {
  private FailureAssertions() {}

  /**
   * Asserts that {@code call} throws a {@link PermanentFailure} (or a subclass) whose {@link
   * PermanentFailure#kind()} is {@code reason}; returns it for checks of its detail, message or
   * cause.
   */
  public static PermanentFailure assertPermanent(FailureReason reason, Executable call) {
    PermanentFailure failure = assertThrows(PermanentFailure.class, call);
    assertEquals(
        reason,
        failure.kind(),
        () -> "reason of the permanent failure \"" + failure.getMessage() + "\"");
    return failure;
  }
}
