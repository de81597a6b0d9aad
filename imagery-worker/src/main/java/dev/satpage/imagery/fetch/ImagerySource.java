package dev.satpage.imagery.fetch;

import dev.satpage.imagery.plan.PlannedImage;

/**
 * An aerial imagery provider that returns one image per request, in a format its API documents
 * (JPEG, or PNG where Azure documents it), checked against the plan; the port's contract is {@code
 * ImagerySourceContract}.
 */
public interface ImagerySource {
  /**
   * The bytes of one image of the requested size.
   *
   * @throws dev.satpage.model.failure.PermanentFailure when the provider refuses the key or the
   *     request, or returns something that is not an image of the plan
   * @throws dev.satpage.model.failure.TransientFailure when the provider is busy, failing or
   *     unreachable
   */
  byte[] fetch(PlannedImage request);

  /** The attribution text the provider's terms require next to its imagery. */
  String attribution();

  /** A short provider name for messages and logs, e.g. {@code azure}. */
  String name();
}
