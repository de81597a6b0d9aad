package dev.satpage.e2e.process;

import dev.satpage.devstack.net.FreePorts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline's three components as process specs: one producer (intake, coordinator, preview
 * API), {@code n} imagery workers and one render worker, all pointed at the same devstack through
 * {@code endpoints} ({@code Devstack.endpointProperties()}).
 */
public final class PipelineComponents {
  // Heaps sized for what each holds: an imagery worker keeps ~50 MB per stitched page in flight
  // (two): the 36 MB page, its tiles, the print and preview. With 256 MiB of heap its peak RSS
  // stays within 512 MiB (TwoPagesInFlightIT; docs/benchmarks.md, "Imagery worker: all-in vs
  // codec").
  public static final String IMAGERY_HEAP = "256m";
  // G1, as the JVM picks in the production containers: ParallelGC's full collections paused the
  // pipeline for up to 0.2 s in a load run, which showed up directly in the fan-in and preview p99.
  static final List<String> SMALL_JVM = List.of("-Xmx512m", "-XX:+UseG1GC");

  private final Map<String, String> endpoints;
  private final Map<String, String> extra;
  private final List<String> imageryJvm;

  /**
   * {@code extra} settings go to every component (e.g. shorter stale-claim takeovers in a chaos
   * run).
   */
  public PipelineComponents(Map<String, String> endpoints, Map<String, String> extra) {
    this(endpoints, extra, IMAGERY_HEAP);
  }

  /** As above, with the imagery workers' maximum heap ({@code -Xmx} value, e.g. {@code 256m}). */
  public PipelineComponents(
      Map<String, String> endpoints, Map<String, String> extra, String imageryHeap) {
    if (!imageryHeap.matches("[1-9][0-9]*[mMgG]")) {
      throw new IllegalArgumentException("imagery heap must look like 256m or 1g: " + imageryHeap);
    }
    this.endpoints = Map.copyOf(endpoints);
    this.extra = Map.copyOf(extra);
    this.imageryJvm = List.of("-Xmx" + imageryHeap, "-XX:+UseG1GC");
  }

  public ComponentSpec producer() {
    return ComponentSpec.springApp(
        "producer", ComponentSpec.PRODUCER_MAIN, shared("producer"), Map.of(), SMALL_JVM);
  }

  /**
   * Imagery worker number {@code index} (1-based); each is its own consumer of satellite-page-jobs.
   */
  public ComponentSpec imagery(int index) {
    return ComponentSpec.springApp(
        "imagery-worker-" + index,
        ComponentSpec.IMAGERY_MAIN,
        shared("imagery-worker"),
        Map.of(),
        imageryJvm);
  }

  public ComponentSpec render() {
    return ComponentSpec.springApp(
        "render-worker", ComponentSpec.RENDER_MAIN, shared("render-worker"), Map.of(), SMALL_JVM);
  }

  /** Producer, {@code imageryWorkers} imagery workers, render worker. */
  public List<ComponentSpec> all(int imageryWorkers) {
    List<ComponentSpec> specs = new ArrayList<>();
    specs.add(producer());
    for (int i = 1; i <= imageryWorkers; i++) {
      specs.add(imagery(i));
    }
    specs.add(render());
    return specs;
  }

  private Map<String, String> shared(String component) {
    Map<String, String> all = new LinkedHashMap<>(endpoints);
    all.put("satpage.component", component);
    // Its own health port, where the load command reads its S3 and SQS requests
    // (/metrics/aws-calls).
    all.put("satpage.health.port", Integer.toString(FreePorts.pick()));
    all.putAll(extra);
    return all;
  }
}
