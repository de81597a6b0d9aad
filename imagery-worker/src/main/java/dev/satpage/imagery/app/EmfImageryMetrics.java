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
 * bytes.<dir>}), dimension {@code Provider}. An experiment's comparison is one line too, dimension
 * {@code Experiment}: {@code experiment.comparisons.<outcome>}, {@code experiment.ssim} and {@code
 * experiment.<arm>.<stage>} in ms; a skipped job one line of {@code experiment.skipped.<reason>}.
 * Everything is also passed to {@code delegate} (the in-memory Micrometer meters).
 */
public final class EmfImageryMetrics implements ImageryMetrics {
  private final ImageryMetrics delegate;
  private final EmbeddedMetrics emf;
  private final Map<String, String> dimensions;
  private final Clock clock;
  private final ThreadLocal<Map<String, EmbeddedMetrics.Metric>> page =
      ThreadLocal.withInitial(LinkedHashMap::new);
  // One comparison's metrics, collected on the thread that runs it until its outcome.
  private final ThreadLocal<Map<String, EmbeddedMetrics.Metric>> comparison =
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

  @Override
  public void experimentStage(String experiment, String arm, String stage, Duration elapsed) {
    delegate.experimentStage(experiment, arm, stage, elapsed);
    add(comparison, "experiment." + arm + "." + stage, elapsed.toNanos() / 1e6, "Milliseconds");
  }

  @Override
  public void experimentSsim(String experiment, double ssim) {
    delegate.experimentSsim(experiment, ssim);
    add(comparison, "experiment.ssim", ssim, "None");
  }

  @Override
  public void experimentComparison(String experiment, String outcome) {
    delegate.experimentComparison(experiment, outcome);
    List<EmbeddedMetrics.Metric> metrics = new ArrayList<>(comparison.get().values());
    comparison.remove();
    metrics.add(EmbeddedMetrics.Metric.count("experiment.comparisons." + outcome, 1));
    emf.publish(clock.instant(), Map.of("Experiment", experiment), metrics);
  }

  @Override
  public void experimentSkipped(String experiment, String reason) {
    delegate.experimentSkipped(experiment, reason);
    emf.publish(
        clock.instant(),
        Map.of("Experiment", experiment),
        List.of(EmbeddedMetrics.Metric.count("experiment.skipped." + reason, 1)));
  }

  private void add(String name, double value, String unit) {
    add(page, name, value, unit);
  }

  private static void add(
      ThreadLocal<Map<String, EmbeddedMetrics.Metric>> into,
      String name,
      double value,
      String unit) {
    into.get()
        .merge(
            name,
            new EmbeddedMetrics.Metric(name, value, unit),
            (a, b) -> new EmbeddedMetrics.Metric(name, a.value() + b.value(), unit));
  }
}
