package dev.satpage.imagery.fetch;

import dev.satpage.model.failure.TransientFailure;
import java.time.Duration;
import java.util.Optional;

/**
 * The provider asked us to come back later (408, 429, 5xx, or its own overload signal such as
 * Bing's {@code X-MS-BM-WS-INFO: 1}), possibly saying when ({@code Retry-After}, or the wait its
 * documentation names).
 */
public final class ProviderBusy extends TransientFailure {
  private final transient Duration retryAfter;

  public ProviderBusy(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** The provider's {@code Retry-After}, if it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
