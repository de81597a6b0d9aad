package dev.satpage.aws.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts every request an SDK client sends, as the counter {@value #METER} tagged {@code service}
 * and {@code operation} ({@code S3}/{@code GetObject}, {@code Sqs}/{@code SendMessageBatch}): what
 * a book costs in S3 and SQS requests. Counted per HTTP attempt ({@code beforeTransmission} runs
 * once per attempt, retries included: each is a billed request) — "Each attempt calls
 * beforeTransmission",
 * https://sdk.amazonaws.com/java/api/latest/software/amazon/awssdk/core/interceptor/ExecutionInterceptor.html
 * (read 2026-12-03). {@link dev.satpage.aws.AwsClients} registers it on every client it builds.
 */
public final class AwsCallMetrics implements ExecutionInterceptor {
  public static final String METER = "satpage.aws.calls";

  private static final AwsCallMetrics GLOBAL = new AwsCallMetrics(Metrics.globalRegistry);

  private final MeterRegistry registry;
  // Registering looks the meter up by name and tags: once per operation, not once per request.
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  public AwsCallMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Counting into Micrometer's global registry: for clients built outside a Spring context. */
  public static AwsCallMetrics global() {
    return GLOBAL;
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    counter(
            attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME),
            attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
        .increment();
  }

  private Counter counter(String service, String operation) {
    String s = service == null ? "unknown" : service;
    String o = operation == null ? "unknown" : operation;
    return counters.computeIfAbsent(
        s + " " + o,
        k ->
            Counter.builder(METER)
                .description("requests sent to an AWS service, retries included")
                .tag("service", s)
                .tag("operation", o)
                .register(registry));
  }

  /** Requests so far by {@code "service operation"} ({@code "S3 GetObject"}), sorted. */
  public Map<String, Long> counts() {
    Map<String, Long> counts = new TreeMap<>();
    registry
        .find(METER)
        .counters()
        .forEach(
            c ->
                counts.merge(
                    c.getId().getTag("service") + " " + c.getId().getTag("operation"),
                    (long) c.count(),
                    Long::sum));
    return counts;
  }
}
