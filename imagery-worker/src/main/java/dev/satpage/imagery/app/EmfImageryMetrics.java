package dev.satpage.imagery.app;

import dev.satpage.aws.metrics.EmbeddedMetrics;
import dev.satpage.imagery.ImageryMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Page metrics exported without an agent or API call (the Lambda's, or the consumer's on ECS): what
 * the service reports for one page (stage times, bytes) is collected on the handling thread and
 * published with the page's outcome as one line of CloudWatch EMF ({@code pages.completed}, {@code
 * pages.cached}, {@code pages.failed} or {@code pages.retry}, {@code stage.<name>} in ms, {@code
 * bytes.<dir>}), dimension {@code Provider}. Everything is also passed to {@code delegate} (the
 * in-memory Micrometer meters).
 */
public final class EmfImageryMetrics implements ImageryMetrics {
  private final ImageryMetrics delegate;
  private final EmbeddedMetrics emf;
  private final Map<String, String> dimensions;
  private final Clock clock;
  private final ThreadLocal<Map<String, EmbeddedMetrics.Metric>> page =
      ThreadLocal.withInitial(LinkedHashMap::new);

  public EmfImageryMetrics(
      ImageryMetrics delegate, EmbeddedMetrics emf, String provider, Clock clock) {
    this.delegate = delegate;
    this.emf = emf;
    this.dimensions = Map.of("Provider", provider);
    this.clock = clock;
  }

  @Override
  public void stage(String stage, Duration elapsed) {
    delegate.stage(stage, elapsed);
    add("stage." + stage, elapsed.toNanos() / 1e6, "Milliseconds");
  }

  @Override
  public void bytes(String direction, long count) {
    delegate.bytes(direction, count);
    add("bytes." + direction, count, "Bytes");
  }

  @Override
  public void job(String outcome, String reason) {
    delegate.job(outcome, reason);
    List<EmbeddedMetrics.Metric> metrics = new ArrayList<>(page.get().values());
    page.remove();
    metrics.add(EmbeddedMetrics.Metric.count("pages." + outcome, 1));
    emf.publish(clock.instant(), dimensions, metrics);
  }

  private void add(String name, double value, String unit) {
    page.get()
        .merge(
            name,
            new EmbeddedMetrics.Metric(name, value, unit),
            (a, b) -> new EmbeddedMetrics.Metric(name, a.value() + b.value(), unit));
  }
}
