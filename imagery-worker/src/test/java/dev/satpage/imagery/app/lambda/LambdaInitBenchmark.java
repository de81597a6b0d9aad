package dev.satpage.imagery.app.lambda;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.DevstackConfig;
import dev.satpage.devstack.lambda.SqsEvents;
import dev.satpage.devstack.testing.TestQueues;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.queue.Queues;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The Lambda function's cold start under the real runtime interface client, with and without a JDK
 * AOT cache: for each variant, {@code runs} fresh JVMs each start on the unpacked zip against a
 * Runtime API stand-in and stitch one 4000×3000 page from the simulator. Init is JVM start → the
 * client's first {@code /next} poll (where Lambda's Init Duration ends); first page is the first
 * invocation, event handed out → response posted. Prints a markdown table. A benchmark, not a test;
 * see docs/benchmarks.md ("Lambda init under the RIC") for the command.
 *
 * <p>Usage: {@code LambdaInitBenchmark [runs]} (default 5), from imagery-worker/ with its test
 * class path, after {@code package}.
 */
public final class LambdaInitBenchmark {
  private static final Duration INIT_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration PAGE_TIMEOUT = Duration.ofMinutes(5);

  /** A JVM exiting with -XX:AOTCacheOutput starts a second JVM to write the cache. */
  private static final Duration CACHE_WRITE_TIMEOUT = Duration.ofMinutes(5);

  /**
   * Lambda's java25 runtime stops tiered compilation at level 1 unless SnapStart or provisioned
   * concurrency is on (https://docs.aws.amazon.com/lambda/latest/dg/java-customization.html, read
   * 2026-12-03).
   */
  private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

  /**
   * One way of starting the function: JVM options, and whether the function's jars are on the JVM's
   * class path (a container image's choice) instead of only in the task root, where the runtime
   * client's own class loader reads them (the managed runtime's way).
   */
  record Variant(String name, List<String> jvmOptions, boolean onClassPath, boolean aotCache) {}

  private LambdaInitBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path work = Files.createTempDirectory("lambda-init-");
    Path taskRoot = Files.createDirectories(work.resolve("task"));
    LambdaZip.unpack(LambdaZip.built(), taskRoot);
    Path functionJar = work.resolve("function.jar");
    LambdaZip.functionJar(LambdaZip.built(), functionJar);
    String runtimeJars = LambdaZip.runtimeClasspath();
    String imageClasspath =
        String.join(
            File.pathSeparator, functionJar.toString(), LambdaZip.libJars(taskRoot), runtimeJars);
    List<Variant> variants =
        List.of(
            new Variant(
                "zip in the task root, C1 only (java25's default)", List.of(C1_ONLY), false, false),
            new Variant("zip in the task root, C1 only, AOT cache", List.of(C1_ONLY), false, true),
            new Variant("zip in the task root, C1 + C2 (JVM default)", List.of(), false, false),
            new Variant("function on the class path, C1 only", List.of(C1_ONLY), true, false),
            new Variant(
                "function on the class path, C1 only, AOT cache", List.of(C1_ONLY), true, true));
    String loadBefore = loadAverage();
    List<String> rows = new ArrayList<>();
    try (Devstack devstack = Devstack.start(DevstackConfig.defaults());
        SqsClient sqs = devstack.newSqsClient()) {
      devstack.imagery().usePool(1); // serving, not drawing: the simulator shares the cores
      int page = 0;
      for (Variant v : variants) {
        String classpath = v.onClassPath() ? imageClasspath : runtimeJars;
        List<String> options = new ArrayList<>(v.jvmOptions());
        String cacheNote = "";
        if (v.aotCache()) {
          Path cache = work.resolve("v" + variants.indexOf(v) + ".aot");
          List<String> training = new ArrayList<>(options);
          training.add("-XX:AOTCacheOutput=" + cache);
          Timed trained = Timed.start(training, classpath, taskRoot, devstack, work);
          try {
            trained.init();
            trained.page(sqs, devstack, page++);
          } finally {
            trained.process().stop(CACHE_WRITE_TIMEOUT);
          }
          if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run wrote no AOT cache " + cache);
          }
          options.add("-XX:AOTCache=" + cache);
          cacheNote = String.format(Locale.ROOT, " (cache %d MB)", Files.size(cache) >> 20);
        }
        long[] init = new long[runs];
        long[] first = new long[runs];
        for (int r = 0; r < runs; r++) {
          try (Timed run = Timed.start(options, classpath, taskRoot, devstack, work)) {
            init[r] = run.init();
            first[r] = run.page(sqs, devstack, page++);
          }
          System.err.printf(
              Locale.ROOT, "%s: init %d ms, first page %d ms%n", v.name(), init[r], first[r]);
        }
        rows.add(
            String.format(
                Locale.ROOT,
                "| %s%s | %s | %s | %s |",
                v.name(),
                cacheNote,
                v.jvmOptions().isEmpty() ? "(none)" : String.join(" ", v.jvmOptions()),
                summary(init),
                summary(first)));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d runs per variant, %s; load average %s before, %s after.%n%n",
        runs,
        Runtime.version(),
        loadBefore,
        loadAverage());
    System.out.println(
        "| variant | JVM options (+ JAVA_TOOL_OPTIONS=--enable-native-access=ALL-UNNAMED) "
            + "| init ms, median (min–max) | first page ms, median (min–max) |");
    System.out.println("|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  /** The 1, 5 and 15 minute load averages. */
  private static String loadAverage() throws java.io.IOException {
    String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
    return String.join(" ", Arrays.copyOf(fields, 3));
  }

  private static String summary(long[] millis) {
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT, "%d (%d–%d)", sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
  }

  /** One function JVM, timed. */
  private record Timed(LambdaProcess process, Path log) implements AutoCloseable {
    static Timed start(
        List<String> options, String classpath, Path taskRoot, Devstack devstack, Path work)
        throws Exception {
      Path log = Files.createTempFile(work, "lambda-", ".log");
      // as lambda.tf configures the function (native access for TurboJPEG, the codec required)
      Map<String, String> env =
          Map.of(
              "JAVA_TOOL_OPTIONS",
              "--enable-native-access=ALL-UNNAMED",
              "SATPAGE_IMAGERY_CODEC",
              "turbojpeg");
      return new Timed(new LambdaProcess(options, classpath, taskRoot, devstack, env, log), log);
    }

    /** Milliseconds from JVM start to the first {@code /next}. */
    long init() throws Exception {
      long polled;
      try {
        polled =
            process.runtimeApi().firstPoll().get(INIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        throw new IllegalStateException("no /next poll; the function's output:\n" + output(), e);
      }
      return TimeUnit.NANOSECONDS.toMillis(polled - process.startedNanos());
    }

    /** Milliseconds of one invocation stitching a 4000×3000 page, event out → response in. */
    long page(SqsClient sqs, Devstack devstack, int n) throws Exception {
      // a page of its own each time: the worker skips a page whose outputs exist
      SatellitePageSpec spec = new SatellitePageSpec(48.0 + n * 0.05, 11.5, 17, 4000, 3000, 300);
      String url = sqs.getQueueUrl(b -> b.queueName(Queues.SATELLITE_PAGE_JOBS_NAME)).queueUrl();
      sqs.sendMessage(
          b ->
              b.queueUrl(url)
                  .messageBody(
                      Json.write(
                          SatellitePageJob.of("order-" + n, "book-" + n, 1, "sat-1", spec))));
      var received =
          TestQueues.lease(
              sqs, Queues.SATELLITE_PAGE_JOBS_NAME, 1, Duration.ofSeconds(20), PAGE_TIMEOUT);
      String event = SqsEvents.of(received, devstack.region(), Queues.SATELLITE_PAGE_JOBS_NAME);
      long start = System.nanoTime();
      String response =
          process.runtimeApi().invoke(event).get(PAGE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      if (!response.equals("{\"batchItemFailures\":[]}")) {
        throw new IllegalStateException(
            "the page failed: " + response + "; the function's output:\n" + output());
      }
      return millis;
    }

    private String output() {
      try (Stream<String> lines = Files.lines(log)) {
        return String.join("\n", lines.toList());
      } catch (java.io.IOException e) {
        return "(unreadable: " + e + ")";
      }
    }

    @Override
    public void close() {
      process.close();
    }
  }
}
