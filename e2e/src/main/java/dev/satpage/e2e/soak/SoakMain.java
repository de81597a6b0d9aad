package dev.satpage.e2e.soak;

import dev.satpage.e2e.cli.Converters;
import dev.satpage.e2e.load.LoadMain;
import dev.satpage.e2e.load.LoadOptions;
import dev.satpage.e2e.load.LoadRun;
import dev.satpage.e2e.load.Machine;
import dev.satpage.e2e.load.RunResult;
import dev.satpage.e2e.process.ComponentProcess;
import dev.satpage.e2e.process.Fleet;
import dev.satpage.e2e.process.ProcStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./satpage soak}: the load for an hour (by default) at a steady rate, on the real path
 * (devstack and every component as its own JVM, the default imagery provider), with every process's
 * RSS and live heap sampled each minute; then checks memory stayed flat, no book was lost or
 * rendered twice and every queue drained. Exits 1 on any violation. Writes {@code out/soak/}
 * (markdown, JSON, an SVG memory chart).
 */
@Command(
    name = "soak",
    mixinStandardHelpOptions = true,
    version = "satpage soak 0.1",
    sortOptions = false,
    description =
        "Runs the load at a steady rate for a long time, samples every process's memory, and checks memory "
            + "stayed flat, no book was lost or rendered twice and every queue drained.",
    footer = {"", "Exit codes: 0 no violation, 1 some violation (see the report), 2 usage."})
public final class SoakMain implements Callable<Integer> {
  /**
   * After the last book, time for the pipeline's own retries and acknowledgements to settle before
   * queues are read.
   */
  static final Duration SETTLE = Duration.ofSeconds(30);

  @Option(
      names = "--rate",
      required = true,
      paramLabel = "BOOKS_PER_S",
      converter = Converters.PositiveDecimal.class,
      description = "books a second, required: half the measured throughput (docs/benchmarks.md)")
  double rate;

  @Option(
      names = "--minutes",
      defaultValue = "60",
      paramLabel = "M",
      converter = Converters.Minutes.class,
      description = "how long to place books, fractions allowed (default: ${DEFAULT-VALUE})")
  Duration length;

  @Option(
      names = "--imagery-workers",
      defaultValue = "1",
      paramLabel = "N",
      converter = Converters.WorkerCount.class,
      description =
          "imagery worker JVMs, 1.."
              + Converters.MAX_IMAGERY_WORKERS
              + " (default: ${DEFAULT-VALUE})")
  int imageryWorkers;

  @Option(
      names = "--sample-seconds",
      defaultValue = "60",
      paramLabel = "S",
      converter = Converters.Seconds.class,
      description = "how often every process's memory is sampled (default: ${DEFAULT-VALUE})")
  Duration sampleEvery;

  @Option(
      names = "--print-every",
      defaultValue = "" + LoadOptions.DEFAULT_PRINT_EVERY,
      paramLabel = "K",
      converter = Converters.NonNegativeInt.class,
      description = "every K-th book is a print book, 0 none (default: ${DEFAULT-VALUE})")
  int printEvery;

  @Option(
      names = "--out",
      defaultValue = "out/soak",
      paramLabel = "DIR",
      description = "where the report, chart, logs and S3 data go (default: ${DEFAULT-VALUE})")
  Path out;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(new CommandLine(new SoakMain()).execute(args));
  }

  /** The run the command line asks for. */
  SoakOptions options() {
    return new SoakOptions(length, rate, imageryWorkers, sampleEvery, out, printEvery);
  }

  @Override
  public Integer call() {
    SoakOptions options = options();
    Machine machine = Machine.now();
    String label = "soak-w" + options.imageryWorkers() + "@" + options.rate();
    // S3 on disk, as a real bucket: an hour of books held in devstack's heap would be the only
    // thing that grows.
    Path s3Data = options.out().resolve("s3-data");
    deleteTree(s3Data);
    try {
      Files.createDirectories(s3Data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SoakResult result =
        LoadMain.withWarmPipeline(
            options.imageryWorkers(),
            LoadOptions.DEFAULT_IMAGERY_POOL,
            LoadOptions.DEFAULT_IMAGERY_HEAP,
            Duration.ofMillis(LoadOptions.DEFAULT_PROVIDER_LATENCY_MS),
            options.out().resolve("logs"),
            s3Data,
            (fleet, stack) -> {
              List<MemorySample> samples = Collections.synchronizedList(new ArrayList<>());
              MemoryProbe probe = MemoryProbe.ofThisJdk();
              Instant start = Instant.now();
              ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
              sampler.scheduleAtFixedRate(
                  () -> sample(fleet, probe, start, samples),
                  0,
                  options.sampleEvery().toSeconds(),
                  TimeUnit.SECONDS);
              Map<String, ProcStats> before = fleet.stats();
              RunResult load;
              try {
                load =
                    new LoadRun(
                            stack, () -> LoadMain.since(fleet.stats(), before), LoadMain::progress)
                        .run(
                            label,
                            options.imageryWorkers(),
                            options.books(),
                            options.rate(),
                            options.printEvery(),
                            options.length().plus(Duration.ofMinutes(15)));
                sleep(SETTLE);
                sample(fleet, probe, start, samples);
              } finally {
                sampler.shutdownNow();
              }
              System.out.println();
              Map<String, Long> depth = QueueDepth.all(stack.sqs());
              List<MemorySample> all = List.copyOf(samples);
              List<SoakResult.MemoryTrend> trends = SoakVerdict.trends(all);
              return new SoakResult(
                  options.length().toSeconds() / 60.0,
                  options.rate(),
                  options.imageryWorkers(),
                  load,
                  all,
                  depth,
                  trends,
                  SoakVerdict.violations(load, depth, trends));
            });
    SoakReport.write(options.out(), machine, Machine.currentLoadAverage(), result);
    System.out.println(SoakReport.markdown(machine, Machine.currentLoadAverage(), result));
    System.out.println("soak: results in " + options.out().toAbsolutePath());
    return result.violations().isEmpty() ? 0 : 1;
  }

  private static void sample(
      Fleet fleet, MemoryProbe probe, Instant start, List<MemorySample> into) {
    double minute = Duration.between(start, Instant.now()).toMillis() / 60_000.0;
    for (ComponentProcess p : fleet.processes()) {
      probe.sample(minute, p.name(), p.pid()).ifPresent(into::add);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
