package dev.satpage.e2e.load;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.DevstackConfig;
import dev.satpage.devstack.net.FreePorts;
import dev.satpage.e2e.cli.Converters;
import dev.satpage.e2e.process.ComponentSpec;
import dev.satpage.e2e.process.Fleet;
import dev.satpage.e2e.process.JvmLauncher;
import dev.satpage.e2e.process.PipelineComponents;
import dev.satpage.e2e.process.ProcStats;
import dev.satpage.producer.intake.ProductCatalog;
import dev.satpage.render.template.TemplateSeeder;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./satpage load}: for each imagery-worker count, starts devstack and every component as its
 * own JVM, warms them up, places N books at a rate, and writes books/s, latency percentiles, fan-in
 * and CPU / peak RSS per process to {@code out/load/} (JSON, markdown, SVG chart).
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    version = "satpage load 0.1",
    sortOptions = false,
    description =
        "Runs the whole pipeline as separate JVMs at a rate, once per rate and imagery-worker count, and "
            + "reports throughput, latency and per-process CPU and memory.",
    footer = {"", "Exit codes: 0 every book of every run rendered, 1 some book was not, 2 usage."})
public final class LoadMain implements Callable<Integer> {
  static final int WARMUP_BOOKS = 4;

  @Option(
      names = "--books",
      defaultValue = "60",
      paramLabel = "N",
      converter = Converters.PositiveInt.class,
      description = "books per run (default: ${DEFAULT-VALUE})")
  int books;

  @Option(
      names = "--rate",
      defaultValue = "6",
      split = ",",
      paramLabel = "BOOKS_PER_S",
      converter = Converters.PositiveDecimal.class,
      description =
          "books a second; a comma list (6,0.7) makes one run per rate (default: ${DEFAULT-VALUE})")
  List<Double> rates;

  @Option(
      names = "--print-every",
      defaultValue = "" + LoadOptions.DEFAULT_PRINT_EVERY,
      paramLabel = "K",
      converter = Converters.NonNegativeInt.class,
      description = "every K-th book is a print book, 0 none (default: ${DEFAULT-VALUE})")
  int printEvery;

  @Option(
      names = "--imagery-workers",
      defaultValue = "1,2",
      split = ",",
      paramLabel = "N",
      converter = Converters.WorkerCount.class,
      description =
          "imagery worker JVMs, 1.."
              + Converters.MAX_IMAGERY_WORKERS
              + "; a comma list makes one run per count (default: ${DEFAULT-VALUE})")
  List<Integer> imageryWorkers;

  @Option(
      names = "--out",
      defaultValue = "out/load",
      paramLabel = "DIR",
      description = "where the report, chart and logs go (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(
      names = "--timeout-seconds",
      defaultValue = "300",
      paramLabel = "S",
      converter = Converters.Seconds.class,
      description = "give up on a run's books after this long, per run (default: ${DEFAULT-VALUE})")
  Duration timeout;

  @Option(
      names = "--imagery-pool",
      defaultValue = "" + LoadOptions.DEFAULT_IMAGERY_POOL,
      paramLabel = "N",
      converter = Converters.NonNegativeInt.class,
      description =
          "stand-in images per size the simulator serves; 0 draws every window (default: ${DEFAULT-VALUE})")
  int imageryPool;

  @Option(
      names = "--imagery-heap",
      defaultValue = LoadOptions.DEFAULT_IMAGERY_HEAP,
      paramLabel = "SIZE",
      description = "each imagery worker's -Xmx (default: ${DEFAULT-VALUE})")
  String imageryHeap;

  @Option(
      names = "--provider-latency-ms",
      defaultValue = "" + LoadOptions.DEFAULT_PROVIDER_LATENCY_MS,
      paramLabel = "MS",
      converter = Converters.NonNegativeInt.class,
      description =
          "the imagery simulator waits this long before every response, as a distant provider "
              + "would (default: ${DEFAULT-VALUE})")
  int providerLatencyMs;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(new CommandLine(new LoadMain()).execute(args));
  }

  /** The run the command line asks for. */
  LoadOptions options() {
    return new LoadOptions(
        books,
        rates,
        printEvery,
        imageryWorkers,
        out,
        timeout,
        imageryPool,
        imageryHeap,
        Duration.ofMillis(providerLatencyMs));
  }

  @Override
  public Integer call() {
    LoadOptions options = options();
    Machine machine = Machine.now();
    List<RunResult> runs = new ArrayList<>();
    for (double rate : options.rates()) {
      for (int workers : options.imageryWorkers()) {
        runs.add(runOnce(options, rate, workers));
        LoadReport.write(options.out(), document(options, machine, runs));
      }
    }
    System.out.println();
    System.out.println(LoadReport.markdown(document(options, machine, runs)));
    System.out.println("load: results in " + options.out().toAbsolutePath());
    return runs.stream().allMatch(r -> r.booksRendered() == r.booksOrdered()) ? 0 : 1;
  }

  private static LoadReport.Document document(
      LoadOptions options, Machine machine, List<RunResult> runs) {
    return new LoadReport.Document(
        machine, Machine.currentLoadAverage(), options.providerLatency().toMillis(), runs);
  }

  static RunResult runOnce(LoadOptions options, double rate, int workers) {
    String label = "w" + workers + "-" + options.books() + "@" + rate;
    return withWarmPipeline(
        workers,
        options.imageryPool(),
        options.imageryHeap(),
        options.providerLatency(),
        options.out().resolve("logs-" + label),
        null,
        (fleet, stack) -> {
          Map<String, ProcStats> before = fleet.stats();
          Map<String, Map<String, Long>> callsBefore = AwsCalls.read(fleet);
          LoadRun run = new LoadRun(stack, () -> since(fleet.stats(), before), LoadMain::progress);
          RunResult result =
              run.run(
                      label,
                      workers,
                      options.books(),
                      rate,
                      options.printEvery(),
                      options.timeout())
                  .withAwsCalls(AwsCalls.since(AwsCalls.read(fleet), callsBefore));
          System.out.println();
          return result;
        });
  }

  /**
   * Starts devstack (its imagery simulator adding {@code providerLatency} to every response) and
   * every component as its own JVM (logs under {@code logs}; S3 objects in memory, or on disk under
   * {@code s3DataDir}), seeds the book template, warms the pipeline up with a few books, then runs
   * {@code body} against it and stops everything.
   */
  public static <T> T withWarmPipeline(
      int workers,
      int imageryPool,
      String imageryHeap,
      Duration providerLatency,
      Path logs,
      Path s3DataDir,
      BiFunction<Fleet, StackClients, T> body) {
    DevstackConfig config = DevstackConfig.defaults();
    int sqs = FreePorts.pick();
    int s3 = FreePorts.pick();
    int imagery = FreePorts.pick();
    try (Fleet fleet = new Fleet(JvmLauncher.fromEnvironment(), logs)) {
      System.out.println(
          "load: starting devstack and " + (workers + 2) + " components, logs in " + logs);
      fleet.startAll(
          List.of(
              ComponentSpec.devstack(sqs, s3, imagery, s3DataDir, imageryPool, providerLatency)),
          Fleet.DEFAULT_READY_TIMEOUT);
      Map<String, String> endpoints =
          Devstack.endpointProperties(
              config.withDataDir(s3DataDir),
              URI.create("http://127.0.0.1:" + sqs),
              URI.create("http://127.0.0.1:" + s3),
              URI.create("http://127.0.0.1:" + imagery));
      try (StackClients stack = new StackClients(endpoints)) {
        new TemplateSeeder(stack.store()).seed(ProductCatalog.SATELLITE_ADVENTURE);
        fleet.startAll(
            new PipelineComponents(endpoints, Map.of(), imageryHeap).all(workers),
            Fleet.DEFAULT_READY_TIMEOUT);
        new LoadRun(stack, fleet::stats, line -> {})
            .run("warmup", workers, WARMUP_BOOKS, 2.0, 2, Duration.ofMinutes(3));
        return body.apply(fleet, stack);
      }
    }
  }

  /** Each process's CPU since {@code before} (peaks stay peaks). */
  public static Map<String, ProcStats> since(
      Map<String, ProcStats> now, Map<String, ProcStats> before) {
    Map<String, ProcStats> out = new LinkedHashMap<>();
    now.forEach((name, s) -> out.put(name, s.since(before.getOrDefault(name, ProcStats.NONE))));
    return out;
  }

  /** One progress line, rewritten in place. */
  public static void progress(String line) {
    System.out.print("\r" + line + "   ");
    System.out.flush();
  }
}
