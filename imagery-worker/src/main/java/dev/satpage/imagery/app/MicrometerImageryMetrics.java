package dev.satpage.imagery.app;

import dev.satpage.imagery.ImageryMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;

/**
 * {@link ImageryMetrics} as Micrometer meters, every one tagged with the codec and the provider.
 */
public final class MicrometerImageryMetrics implements ImageryMetrics {
  private final MeterRegistry registry;
  private final String codec;
  private final String provider;

  public MicrometerImageryMetrics(MeterRegistry registry, String codec, String provider) {
    this.registry = registry;
    this.codec = codec;
    this.provider = provider;
  }

  @Override
  public void stage(String stage, Duration elapsed) {
    registry
        .timer("satpage.imagery.stage", "stage", stage, "codec", codec, "provider", provider)
        .record(elapsed);
  }

  @Override
  public void job(String outcome, String reason) {
    registry
        .counter(
            "satpage.imagery.jobs",
            "outcome",
            outcome,
            "reason",
            reason,
            "codec",
            codec,
            "provider",
            provider)
        .increment();
    if (outcome.equals("cached")) {
      registry.counter("satpage.imagery.cache.hits", "provider", provider).increment();
    }
  }

  @Override
  public void bytes(String direction, long count) {
    registry
        .counter("satpage.imagery.bytes", "direction", direction, "provider", provider)
        .increment(count);
  }

  /** How long the message waited in the queue before a worker took it. */
  public void queueLag(Duration lag) {
    registry
        .timer("satpage.imagery.queue.lag", "provider", provider)
        .record(lag.isNegative() ? Duration.ZERO : lag);
  }

  /** Counts one provider response by HTTP status ({@code none} when no response arrived). */
  public void providerResponse(int status) {
    registry
        .counter(
            "satpage.imagery.provider.responses",
            "provider",
            provider,
            "status",
            status < 0 ? "none" : Integer.toString(status))
        .increment();
  }
}
