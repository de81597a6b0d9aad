package dev.satpage.imagery.app;

import dev.satpage.imagery.ImageryMetrics;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;

/**
 * {@link ImageryMetrics} as Micrometer meters, the page's tagged with the codec and the provider,
 * an experiment's ({@code satpage.experiment.*}) with the experiment's name.
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

  @Override
  public void experimentComparison(String experiment, String outcome) {
    registry
        .counter("satpage.experiment.comparisons", "experiment", experiment, "outcome", outcome)
        .increment();
  }

  @Override
  public void experimentSsim(String experiment, double ssim) {
    DistributionSummary.builder("satpage.experiment.ssim")
        .tag("experiment", experiment)
        .register(registry)
        .record(ssim);
  }

  @Override
  public void experimentStage(String experiment, String arm, String stage, Duration elapsed) {
    registry
        .timer("satpage.experiment.stage", "experiment", experiment, "arm", arm, "stage", stage)
        .record(elapsed);
  }

  @Override
  public void experimentSkipped(String experiment, String reason) {
    registry
        .counter("satpage.experiment.skipped", "experiment", experiment, "reason", reason)
        .increment();
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
