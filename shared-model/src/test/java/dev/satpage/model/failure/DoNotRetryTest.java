package dev.satpage.model.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class DoNotRetryTest {
  @Test
  void aPermanentFailureStaysAsItIs() {
    PermanentFailure failure = new PermanentFailure(FailureReason.IMAGERY_CORRUPT, "not a JPEG");
    assertThat(DoNotRetry.permanent(failure)).containsSame(failure);
  }

  @Test
  void aProgrammingErrorIsAnInternalError_namingTheExceptionAndWhereItWasThrown() {
    NullPointerException bug = new NullPointerException("spec is null");

    PermanentFailure failure = DoNotRetry.permanent(bug).orElseThrow();

    assertThat(failure.kind()).isEqualTo(FailureReason.INTERNAL_ERROR);
    assertThat(failure.detail())
        .startsWith("java.lang.NullPointerException: spec is null at ")
        .contains(DoNotRetryTest.class.getName());
    assertThat(failure.getCause()).isSameAs(bug);
    assertThat(DoNotRetry.permanent(new NumberFormatException("x")))
        .isPresent(); // an IllegalArgumentException
    assertThat(DoNotRetry.permanent(new ArrayIndexOutOfBoundsException(3))).isPresent();
  }

  @Test
  void passingConditionsAreRetried() {
    assertThat(DoNotRetry.permanent(new TransientFailure("503"))).isEmpty();
    assertThat(DoNotRetry.permanent(new RetryLater("gate held"))).isEmpty();
    assertThat(DoNotRetry.permanent(new IllegalStateException("Connection pool shut down")))
        .isEmpty();
    assertThat(DoNotRetry.permanent(new UncheckedIOException(new IOException("reset")))).isEmpty();
    assertThat(DoNotRetry.permanent(new RuntimeException("unclassified"))).isEmpty();
  }
}
