package dev.satpage.imagery.fetch;

import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.model.failure.TransientFailure;

/**
 * Keeps one provider's request rate under its limit (one limiter per provider, shared by every page
 * in flight).
 */
public final class RateLimitedImagerySource implements ImagerySource {
  private final ImagerySource delegate;
  private final RateLimiter limiter;

  public RateLimitedImagerySource(ImagerySource delegate, RateLimiter limiter) {
    this.delegate = delegate;
    this.limiter = limiter;
  }

  @Override
  public byte[] fetch(PlannedImage request) {
    try {
      limiter.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransientFailure(
          "interrupted while waiting for the " + delegate.name() + " rate limit", e);
    }
    return delegate.fetch(request);
  }

  @Override
  public String attribution() {
    return delegate.attribution();
  }

  @Override
  public String name() {
    return delegate.name();
  }
}
