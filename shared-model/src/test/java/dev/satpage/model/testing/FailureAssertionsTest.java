package dev.satpage.model.testing;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import org.junit.jupiter.api.Test;

class FailureAssertionsTest {
  private static final PermanentFailure CORRUPT =
      new PermanentFailure(FailureReason.IMAGERY_CORRUPT, "not a JPEG");

  @Test
  void theRightReason_returnsTheFailure() {
    assertThat(
            assertPermanent(
                FailureReason.IMAGERY_CORRUPT,
                () -> {
                  throw CORRUPT;
                }))
        .isSameAs(CORRUPT);
  }

  @Test
  void anotherReason_nothingThrown_orAnotherException_fail() {
    assertThatThrownBy(
            () ->
                assertPermanent(
                    FailureReason.IMAGERY_WRONG_SIZE,
                    () -> {
                      throw CORRUPT;
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("imagery-corrupt: not a JPEG")
        .hasMessageContaining("expected: <imagery-wrong-size>");
    assertThatThrownBy(() -> assertPermanent(FailureReason.IMAGERY_CORRUPT, () -> {}))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(
            () ->
                assertPermanent(
                    FailureReason.IMAGERY_CORRUPT,
                    () -> {
                      throw new IllegalStateException("bug");
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("IllegalStateException");
  }
}
