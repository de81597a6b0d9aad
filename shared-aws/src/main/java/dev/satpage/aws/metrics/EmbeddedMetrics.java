package dev.satpage.aws.metrics;

import dev.satpage.model.json.Json;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Publishes metrics to CloudWatch without an API call: one line of CloudWatch Embedded Metric
 * Format (EMF) JSON on standard output, which CloudWatch Logs turns into metrics wherever the line
 * lands in a log group (Lambda, ECS with the {@code awslogs} driver). The line bypasses the logging
 * framework on purpose: EMF must be the whole log event, without a pattern's timestamp or level in
 * front. Spec:
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
public final class EmbeddedMetrics {
  /** CloudWatch's limit of metrics per EMF directive. */
  static final int MAX_METRICS = 100;

  private final String namespace;
  private final PrintStream out;

  /** Writes to {@code out} (standard output in the apps) under {@code namespace}. */
  public EmbeddedMetrics(String namespace, PrintStream out) {
    if (namespace == null || namespace.isBlank() || namespace.length() > 255) {
      throw new IllegalArgumentException("EMF namespace must be 1..255 characters: " + namespace);
    }
    this.namespace = namespace;
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * One metric of a publication: its name, value and CloudWatch unit ({@code Count}, {@code
   * Milliseconds}, …).
   */
  public record Metric(String name, double value, String unit) {
    public Metric {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("metric name must not be blank");
      }
      Objects.requireNonNull(unit, "unit");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("metric " + name + " must be a finite number: " + value);
      }
    }

    public static Metric count(String name, double value) {
      return new Metric(name, value, "Count");
    }
  }

  /**
   * Publishes {@code metrics} at {@code timestamp} with {@code dimensions} (name → value, at most
   * 30; empty for a metric without dimensions, which is what an alarm without dimensions watches).
   */
  public void publish(Instant timestamp, Map<String, String> dimensions, List<Metric> metrics) {
    out.println(line(timestamp, dimensions, metrics));
    out.flush();
  }

  /** The EMF document, as one line. */
  String line(Instant timestamp, Map<String, String> dimensions, List<Metric> metrics) {
    if (metrics.isEmpty() || metrics.size() > MAX_METRICS) {
      throw new IllegalArgumentException(
          "an EMF document carries 1.." + MAX_METRICS + " metrics: " + metrics.size());
    }
    if (dimensions.size() > 30) {
      throw new IllegalArgumentException(
          "an EMF dimension set has at most 30 dimensions: " + dimensions.size());
    }
    List<Map<String, String>> definitions = new ArrayList<>();
    Map<String, Object> root = new LinkedHashMap<>();
    for (Metric m : metrics) {
      definitions.add(Map.of("Name", m.name(), "Unit", m.unit()));
      root.put(m.name(), m.value());
    }
    dimensions.forEach(
        (name, value) -> {
          if (root.containsKey(name)) {
            throw new IllegalArgumentException("dimension " + name + " has the name of a metric");
          }
          root.put(name, value);
        });
    Map<String, Object> directive = new LinkedHashMap<>();
    directive.put("Namespace", namespace);
    directive.put("Dimensions", List.of(List.copyOf(dimensions.keySet())));
    directive.put("Metrics", definitions);
    Map<String, Object> aws = new LinkedHashMap<>();
    aws.put("Timestamp", timestamp.toEpochMilli());
    aws.put("CloudWatchMetrics", List.of(directive));
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("_aws", aws);
    document.putAll(root);
    return Json.write(document);
  }
}
