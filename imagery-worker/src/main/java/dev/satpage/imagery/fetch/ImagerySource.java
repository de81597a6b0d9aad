package dev.satpage.imagery.fetch;

import dev.satpage.imagery.plan.PlannedImage;

/** An aerial imagery provider that returns one JPEG per request. */
public interface ImagerySource {
  /**
   * The JPEG bytes of one image.
   *
   * @throws dev.satpage.model.failure.PermanentFailure when the provider refuses the request or returns something that
   *     is not a JPEG
   * @throws dev.satpage.model.failure.TransientFailure when the provider is busy, failing or unreachable
   */
  byte[] fetch(PlannedImage request);

  /** The attribution text the provider's terms require next to its imagery. */
  String attribution();

  /** A short provider name for messages and logs, e.g. {@code azure}. */
  String name();
}
