package dev.satpage.imagery.fetch;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.imagery.codec.ImageFormat;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.TransientFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What the worker relies on from an {@link ImagerySource}, run against the fake the unit tests use
 * ({@code FakeImagerySource}) and against {@link HttpImagerySource} with each provider API talking
 * to the devstack imagery simulator (written from the providers' documentation, importing nothing
 * of this module): an image of the requested size in a format the provider documents; a refusal of
 * the key or of a request outside the documented limits is permanent ({@code imagery-rejected}),
 * and so is an answer that is no image of the plan ({@code imagery-corrupt}); a throttled, failing
 * or hanging provider is transient, and a busy one says so ({@link ProviderBusy}) so the retry can
 * honour its wait. The key never shows in a failure.
 */
public abstract class ImagerySourceContract {
  /**
   * What the provider can be made to do to every later request (the simulator's fault knobs, at
   * rate 1).
   */
  public enum Fault {
    /** 429: the account's rate limit (Azure Maps QPS limits, Bing "being rate limited"). */
    THROTTLED,
    /** 503 with the API's error body. */
    SERVER_ERROR,
    /** No answer within the request timeout. */
    HANGS,
    /** A 200 that is not an image (an HTML error page). */
    NOT_AN_IMAGE,
    /** A 200 image whose header claims 60000 x 60000 pixels. */
    ABSURD_DIMENSIONS
  }

  /** A source with the given key; {@code timeout} bounds one request. */
  protected abstract ImagerySource source(String apiKey, Duration timeout);

  /** The key the provider accepts. */
  protected abstract String validKey();

  /** A request within the provider's documented limits. */
  protected abstract PlannedImage request();

  /** A request the provider's documentation puts outside its limits. */
  protected abstract PlannedImage outsideTheDocumentedLimits();

  /** Makes the provider meet {@code fault} on every later request of this test. */
  protected abstract void provoke(Fault fault);

  private ImagerySource source() {
    return source(validKey(), Duration.ofSeconds(20));
  }

  @Test
  void anImage_ofTheRequestedSize_inADocumentedFormat() {
    byte[] image = source().fetch(request());

    ImageFormat format = ImageFormat.sniff(image).orElseThrow();
    assertThat(format.declaredSize(image)).containsExactly(request().width(), request().height());
  }

  @Test
  void aWrongKey_isRefusedForGood_withoutShowingTheKey() {
    PermanentFailure e =
        assertPermanent(
            FailureReason.IMAGERY_REJECTED,
            () -> source("not-the-key-4711", Duration.ofSeconds(20)).fetch(request()));
    assertThat(e.getMessage()).contains("401").doesNotContain("not-the-key-4711");
  }

  @Test
  void aRequestOutsideTheDocumentedLimits_isRefusedForGood() {
    PermanentFailure e =
        assertPermanent(
            FailureReason.IMAGERY_REJECTED, () -> source().fetch(outsideTheDocumentedLimits()));
    assertThat(e.getMessage()).contains("400");
  }

  @Test
  void throttling_isABusyProvider() {
    provoke(Fault.THROTTLED);

    assertThatThrownBy(() -> source().fetch(request()))
        .isInstanceOf(ProviderBusy.class)
        .hasMessageContaining("429")
        .hasMessageNotContaining(validKey());
  }

  @Test
  void aServerError_isABusyProvider() {
    provoke(Fault.SERVER_ERROR);

    assertThatThrownBy(() -> source().fetch(request()))
        .isInstanceOf(ProviderBusy.class)
        .hasMessageContaining("503");
  }

  @Test
  void aHangingProvider_isTransient() {
    provoke(Fault.HANGS);

    assertThatThrownBy(() -> source(validKey(), Duration.ofSeconds(1)).fetch(request()))
        .isInstanceOf(TransientFailure.class)
        .isNotInstanceOf(PermanentFailure.class)
        .hasMessageNotContaining(validKey());
  }

  @Test
  void aPageThatIsNoImage_isCorrupt() {
    provoke(Fault.NOT_AN_IMAGE);

    assertPermanent(FailureReason.IMAGERY_CORRUPT, () -> source().fetch(request()));
  }

  @Test
  void anImageClaimingAbsurdDimensions_isCorrupt_refusedBeforeDecoding() {
    provoke(Fault.ABSURD_DIMENSIONS);

    PermanentFailure e =
        assertPermanent(FailureReason.IMAGERY_CORRUPT, () -> source().fetch(request()));
    assertThat(e.getMessage()).contains("60000");
  }
}
