package dev.satpage.e2e.beforeafter;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.DevstackConfig;
import dev.satpage.devstack.net.FreePorts;
import dev.satpage.e2e.load.Machine;
import dev.satpage.e2e.load.StackClients;
import dev.satpage.e2e.process.ComponentProcess;
import dev.satpage.e2e.process.ComponentSpec;
import dev.satpage.e2e.process.Fleet;
import dev.satpage.e2e.process.JvmLauncher;
import dev.satpage.e2e.process.PipelineComponents;
import dev.satpage.producer.intake.ProductCatalog;
import dev.satpage.render.template.TemplateSeeder;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One before/after run: devstack in its own JVM, then for each architecture a fresh render service
 * (and, after, one imagery worker) as separate JVMs, a warm-up, and one closed-loop step per
 * concurrency. Everything on loopback.
 */
public final class BeforeAfterRun {
  /** The render service's heap: a satellite page in flight holds ~50 MB (PipelineComponents). */
  static final String RENDER_SERVICE_HEAP = "-Xmx1g";

  /** The worker is quiet once no page was announced for this long. */
  private static final Duration QUIET = Duration.ofSeconds(3);

  private static final Duration SETTLE_LIMIT = Duration.ofMinutes(2);

  private final BeforeAfterOptions options;
  private final Consumer<String> log;
  private final AtomicLong nextBook = new AtomicLong();
  private final List<String> notes = new ArrayList<>();

  public BeforeAfterRun(BeforeAfterOptions options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  public BeforeAfterReport.Document run() {
    Machine machine = Machine.now();
    int sqs = FreePorts.pick();
    int s3 = FreePorts.pick();
    int imagery = FreePorts.pick();
    List<StepResult> steps = new ArrayList<>();
    boolean pinned = options.pin() && CpuPinning.available();
    try (Fleet stackFleet =
        new Fleet(JvmLauncher.fromEnvironment(), options.out().resolve("logs"))) {
      log.accept("before-after: starting devstack; logs in " + stackFleet.logDir());
      stackFleet.startAll(
          List.of(
              ComponentSpec.devstack(
                  sqs, s3, imagery, null, options.imageryPool(), options.providerLatency())),
          Fleet.DEFAULT_READY_TIMEOUT);
      Map<String, String> endpoints =
          Devstack.endpointProperties(
              DevstackConfig.defaults(),
              URI.create("http://127.0.0.1:" + sqs),
              URI.create("http://127.0.0.1:" + s3),
              URI.create("http://127.0.0.1:" + imagery));
      try (StackClients stack = new StackClients(endpoints)) {
        new TemplateSeeder(stack.store()).seed(ProductCatalog.SATELLITE_ADVENTURE);
        for (Architecture architecture : Architecture.values()) {
          steps.addAll(measure(architecture, endpoints, stack, pinned));
        }
      }
    }
    return new BeforeAfterReport.Document(
        machine, Machine.currentLoadAverage(), options, pinned, steps, notes);
  }

  private List<StepResult> measure(
      Architecture architecture, Map<String, String> endpoints, StackClients stack, boolean pin) {
    int port = FreePorts.pick();
    List<ComponentSpec> specs = new ArrayList<>();
    specs.add(renderService(port, architecture == Architecture.BEFORE, endpoints));
    if (architecture == Architecture.AFTER) {
      specs.add(new PipelineComponents(endpoints, Map.of()).imagery(1));
    }
    List<StepResult> steps = new ArrayList<>();
    try (Fleet fleet =
        new Fleet(
            JvmLauncher.fromEnvironment(), options.out().resolve("logs-" + architecture.label()))) {
      List<ComponentProcess> started = fleet.startAll(specs, Fleet.DEFAULT_READY_TIMEOUT);
      if (pin) {
        for (int i = 0; i < started.size(); i++) {
          CpuPinning.pin(started.get(i).pid(), i); // render service on CPU 0, worker on CPU 1
        }
      }
      RenderServiceClient client = new RenderServiceClient(port, options.timeout());
      ImageryJobs jobs = new ImageryJobs(stack);
      ClosedLoop.Target target =
          architecture == Architecture.BEFORE
              ? (kind, n) -> kind == RequestKind.FAST ? client.fast(n) : client.satellite(n)
              : (kind, n) -> kind == RequestKind.FAST ? client.fast(n) : jobs.publish(n);
      ClosedLoop loop = new ClosedLoop(new RequestMix(options.satelliteShare()), nextBook);
      log.accept("before-after: " + architecture.description() + "; warming up");
      if (options.warmup().isPositive()) {
        loop.run(2, options.warmup(), options.timeout(), target);
        settle(architecture, jobs, Instant.now(), Instant.now());
      }
      for (int clients : options.concurrency()) {
        Instant start = Instant.now();
        List<Outcome> outcomes = loop.run(clients, options.step(), options.timeout(), target);
        Instant end = Instant.now();
        long made =
            architecture == Architecture.BEFORE
                ? outcomes.stream().filter(o -> o.kind() == RequestKind.SATELLITE && o.ok()).count()
                : settle(architecture, jobs, start, end);
        StepResult step =
            StepResult.of(
                architecture,
                clients,
                Duration.between(start, end),
                outcomes,
                made,
                options.timeout());
        steps.add(step);
        log.accept(BeforeAfterReport.csv(List.of(step)).lines().skip(1).findFirst().orElseThrow());
      }
    }
    return steps;
  }

  /**
   * After a step of the "after" architecture: drops the jobs not yet made, waits until the worker
   * is quiet, and returns how many pages it finished between {@code start} and {@code end}.
   */
  private long settle(Architecture architecture, ImageryJobs jobs, Instant start, Instant end) {
    if (architecture == Architecture.BEFORE) {
      return 0;
    }
    jobs.dropBacklog();
    List<Instant> completions = new ArrayList<>();
    int failures = 0;
    long limit = System.nanoTime() + SETTLE_LIMIT.toNanos();
    long lastSeen = System.nanoTime();
    while (System.nanoTime() - lastSeen < QUIET.toNanos() && System.nanoTime() < limit) {
      List<Instant> fresh = jobs.completions();
      int failed = jobs.failures();
      if (!fresh.isEmpty() || failed > 0) {
        lastSeen = System.nanoTime();
      }
      completions.addAll(fresh);
      failures += failed;
      sleep(Duration.ofMillis(500));
    }
    if (failures > 0) {
      notes.add("after: the imagery worker announced " + failures + " failed pages in a step");
    }
    return completions.stream().filter(t -> !t.isBefore(start) && !t.isAfter(end)).count();
  }

  private ComponentSpec renderService(
      int port, boolean withImagery, Map<String, String> endpoints) {
    List<String> args = new ArrayList<>(List.of("--port", Integer.toString(port)));
    if (withImagery) {
      args.add("--with-imagery");
    }
    endpoints.forEach((k, v) -> args.addAll(List.of("--setting", k + "=" + v)));
    return new ComponentSpec(
        "render-service",
        SeedRenderService.class.getName(),
        args,
        List.of(RENDER_SERVICE_HEAP, "-XX:+UseG1GC"),
        SeedRenderService.READY);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
