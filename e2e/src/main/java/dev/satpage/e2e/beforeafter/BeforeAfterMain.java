package dev.satpage.e2e.beforeafter;

import dev.satpage.e2e.cli.Converters;
import dev.satpage.e2e.load.LoadOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./satpage before-after}: the seed's architecture (satellite imagery made inside the render
 * request) against satpage's (a queue-driven imagery worker in its own JVM), the same closed-loop
 * mix of fast and satellite pages at rising concurrency, on loopback; writes {@code
 * before-after.md} and {@code before-after.csv} to {@code --out}.
 */
@Command(
    name = "before-after",
    mixinStandardHelpOptions = true,
    version = "satpage before-after 0.1",
    sortOptions = false,
    description =
        "Runs the seed's render service (imagery inside the request) and satpage's shape (imagery "
            + "by a queue-driven worker) under the same rising load and reports fast-page latency, "
            + "satellite pages/s and requests served without error.",
    footer = {"", "Exit codes: 0 the run finished, 1 it failed, 2 usage."})
public final class BeforeAfterMain implements Callable<Integer> {
  @Option(
      names = "--concurrency",
      defaultValue = BeforeAfterOptions.DEFAULT_CONCURRENCY,
      split = ",",
      paramLabel = "N",
      converter = Converters.PositiveInt.class,
      description = "clients at once, one step per value (default: ${DEFAULT-VALUE})")
  List<Integer> concurrency;

  @Option(
      names = "--step-seconds",
      defaultValue = "" + BeforeAfterOptions.DEFAULT_STEP_SECONDS,
      paramLabel = "S",
      converter = Converters.Seconds.class,
      description = "how long each step sends requests (default: ${DEFAULT-VALUE})")
  Duration step;

  @Option(
      names = "--warmup-seconds",
      defaultValue = "" + BeforeAfterOptions.DEFAULT_WARMUP_SECONDS,
      paramLabel = "S",
      converter = Converters.NonNegativeInt.class,
      description =
          "uncounted requests before each architecture's steps (default: ${DEFAULT-VALUE})")
  int warmupSeconds;

  @Option(
      names = "--satellite-share",
      defaultValue = "" + BeforeAfterOptions.DEFAULT_SATELLITE_SHARE,
      paramLabel = "F",
      converter = Converters.PositiveDecimal.class,
      description =
          "share of requests that are satellite pages, below 1 (default: ${DEFAULT-VALUE})")
  double satelliteShare;

  @Option(
      names = "--timeout-seconds",
      defaultValue = "" + BeforeAfterOptions.DEFAULT_TIMEOUT_SECONDS,
      paramLabel = "S",
      converter = Converters.Seconds.class,
      description = "a slower request is an error (default: ${DEFAULT-VALUE})")
  Duration timeout;

  @Option(
      names = "--provider-latency-ms",
      defaultValue = "" + BeforeAfterOptions.DEFAULT_PROVIDER_LATENCY_MS,
      paramLabel = "MS",
      converter = Converters.NonNegativeInt.class,
      description =
          "the imagery simulator waits this long per response (default: ${DEFAULT-VALUE})")
  int providerLatencyMs;

  @Option(
      names = "--imagery-pool",
      defaultValue = "" + LoadOptions.DEFAULT_IMAGERY_POOL,
      paramLabel = "N",
      converter = Converters.NonNegativeInt.class,
      description = "stand-in images per size the simulator serves (default: ${DEFAULT-VALUE})")
  int imageryPool;

  @Option(
      names = "--no-pin",
      description = "leave the render service and the worker free to use every CPU")
  boolean noPin;

  @Option(
      names = "--out",
      defaultValue = "out/before-after",
      paramLabel = "DIR",
      description = "where the report and logs go (default: ${DEFAULT-VALUE})")
  Path out;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(new CommandLine(new BeforeAfterMain()).execute(args));
  }

  /** The run the command line asks for. */
  BeforeAfterOptions options() {
    return new BeforeAfterOptions(
        concurrency,
        step,
        Duration.ofSeconds(warmupSeconds),
        satelliteShare,
        timeout,
        Duration.ofMillis(providerLatencyMs),
        imageryPool,
        !noPin,
        out);
  }

  @Override
  public Integer call() {
    BeforeAfterOptions options = options();
    BeforeAfterReport.Document doc = new BeforeAfterRun(options, System.out::println).run();
    BeforeAfterReport.write(options.out(), doc);
    System.out.println();
    System.out.println(BeforeAfterReport.markdown(doc));
    System.out.println("before-after: results in " + options.out().toAbsolutePath());
    return 0;
  }
}
