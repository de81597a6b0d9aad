package dev.satpage.e2e.demo;

import dev.satpage.devstack.DevstackConfig;
import dev.satpage.e2e.cli.Converters;
import dev.satpage.e2e.pipeline.LocalPipeline;
import dev.satpage.e2e.pipeline.OrderClient;
import dev.satpage.e2e.pipeline.PipelineEvents;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.storage.S3Layout;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The main job ({@code ./satpage demo}): starts devstack and every component, places sample orders,
 * shows progress while they flow, writes previews and patched Definition Files under {@code
 * ./out/}, and prints a summary.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    version = "satpage demo 0.1",
    sortOptions = false,
    description =
        "Starts devstack and every component in this JVM, places sample orders and shows them flow; writes "
            + "previews and patched Definition Files under the output directory.",
    footer =
        "%nExit codes: 0 every book rendered, 1 timed out or failed (see the pipeline log), 2 usage.")
public final class DemoMain implements Callable<Integer> {
  @Spec CommandSpec spec;

  // No defaultValue: picocli would apply it after --orders, over the value given there.
  private int books = DemoOptions.DEFAULT_BOOKS;

  @Option(
      names = "--books",
      paramLabel = "N",
      converter = Converters.PositiveInt.class,
      description =
          "books to order, at most "
              + DemoOptions.MAX_BOOKS
              + " (default: "
              + DemoOptions.DEFAULT_BOOKS
              + ")")
  void books(int n) {
    if (n > DemoOptions.MAX_BOOKS) {
      throw new ParameterException(
          spec.commandLine(),
          "--books "
              + n
              + " is more than this demo is meant for ("
              + DemoOptions.MAX_BOOKS
              + "); use the load command");
    }
    books = n;
  }

  // Its own option rather than an alias, so that a refusal names the option that was typed.
  @Option(
      names = "--orders",
      paramLabel = "N",
      converter = Converters.PositiveInt.class,
      description = "the same as --books")
  void orders(int n) {
    books(n);
  }

  @Option(
      names = "--out",
      defaultValue = "out",
      paramLabel = "DIR",
      description =
          "where previews, Definition Files and the pipeline log go (default: ${DEFAULT-VALUE})")
  Path outDir;

  @Option(
      names = "--timeout-seconds",
      defaultValue = "600",
      paramLabel = "S",
      converter = Converters.Seconds.class,
      description =
          "give up after this long, naming how many books were rendered (default: ${DEFAULT-VALUE})")
  Duration timeout;

  @Option(
      names = "--experiment",
      description =
          "Bing static maps as the live path and Azure Maps tiles compared beside it on every page"
              + " (experiment "
              + ExperimentDemo.NAME
              + "); writes the ops CLI's experiment report under DIR/experiments/")
  boolean experiment;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(new CommandLine(new DemoMain()).execute(args));
  }

  /** The run the command line asks for. */
  DemoOptions options() {
    return new DemoOptions(books, outDir, timeout, experiment);
  }

  @Override
  public Integer call() {
    return run(options());
  }

  static int run(DemoOptions options) {
    Instant t0 = Instant.now();
    Path log = Outputs.prepare(options.outDir()).resolve("pipeline.log");
    System.out.println(
        "satpage: starting devstack (ElasticMQ, S3Proxy, imagery simulator) and the pipeline...");
    System.out.println("satpage: component logs go to " + log);
    // The progress line is the console; the components' own logs go to a file.
    Map<String, Object> properties =
        new HashMap<>(Map.of("logging.file.name", log.toString(), "logging.pattern.console", ""));
    DevstackConfig devstack = DevstackConfig.defaults();
    if (options.experiment()) {
      devstack = ExperimentDemo.devstack();
      properties.putAll(ExperimentDemo.properties(devstack));
    }
    try (LocalPipeline pipeline = LocalPipeline.start(devstack, properties)) {
      System.out.printf(
          "satpage: up in %s — SQS %s, S3 %s, imagery %s%n",
          Summary.seconds(Duration.between(t0, Instant.now())),
          pipeline.devstack().sqsEndpoint(),
          pipeline.devstack().s3Endpoint(),
          pipeline.devstack().imageryEndpoint());
      System.out.printf(
          "satpage: preview API %s (Authorization: Bearer %s; the OpenAPI document at /openapi.yaml)%n",
          pipeline.previewApi(), pipeline.devstack().previewApiKey());

      String runId = "demo-" + UUID.randomUUID().toString().substring(0, 8);
      List<OrderPlaced> orders = SampleOrders.create(options.books(), runId, Instant.now());
      Map<String, Instant> placedAt = new LinkedHashMap<>();
      Map<String, BookOrder> books = new LinkedHashMap<>();
      OrderClient client = new OrderClient(pipeline);
      Instant start = Instant.now();
      for (OrderPlaced order : orders) {
        client.place(order);
        for (BookOrder b : order.books()) {
          placedAt.put(b.bookId(), Instant.now());
          books.put(b.bookId(), b);
        }
      }
      System.out.printf(
          "satpage: placed %d orders with %d books (%d satellite pages)%n",
          orders.size(), books.size(), books.size() * 2);

      Progress progress = new Progress(pipeline, books.keySet());
      PipelineEvents events = new PipelineEvents(pipeline);
      Instant deadline = start.plus(options.timeout());
      List<BookRendered> rendered = List.of();
      while (Instant.now().isBefore(deadline)) {
        rendered = events.poll(1);
        progress.print(rendered.size());
        if (rendered.size() >= books.size()) {
          break;
        }
      }
      Instant end = Instant.now();
      events.poll(0); // print-ready is sent just before book-rendered: drain what is left of it
      progress.finish();
      if (rendered.size() < books.size()) {
        System.err.printf(
            "satpage: timed out after %s with %d of %d books rendered; see %s and the DLQs%n",
            options.timeout(), rendered.size(), books.size(), log);
        return 1;
      }

      Map<String, BookTimeline> timelines = new HashMap<>();
      for (BookRendered event : rendered) {
        timelines.put(
            event.bookId(),
            BookTimeline.read(pipeline.store(), placedAt.get(event.bookId()), event));
      }
      Outputs.write(pipeline.store(), options.outDir(), timelines.values());
      Summary.print(
          System.out,
          books,
          timelines,
          events.printReady(),
          Duration.between(start, end),
          options.outDir());
      return options.experiment() ? experimentReport(pipeline, options, books.size() * 2) : 0;
    } catch (RuntimeException e) {
      System.err.println("satpage demo failed: " + e);
      e.printStackTrace();
      return 1;
    }
  }

  /** Waits for the experiment's comparisons, then has the ops CLI write the report. */
  private static int experimentReport(LocalPipeline pipeline, DemoOptions options, int pages) {
    int compared =
        ExperimentDemo.awaitComparisons(pipeline.store(), Instant.now().plus(options.timeout()));
    System.out.printf(
        "satpage: experiment %s: %d of %d satellite pages compared (the worker runs one comparison"
            + " at a time and skips a page while it is busy)%n",
        ExperimentDemo.NAME, compared, pages);
    if (compared == 0) {
      System.err.println(
          "satpage: no comparison was recorded; see " + options.outDir().resolve("pipeline.log"));
      return 1;
    }
    int code = ExperimentDemo.report(pipeline.devstack(), options.outDir());
    if (code != 0) {
      System.err.println("satpage: ops experiment report exited with " + code);
      return 1;
    }
    System.out.println(
        "satpage: experiment report "
            + options
                .outDir()
                .resolve("experiments")
                .resolve(ExperimentDemo.NAME)
                .resolve("report.html")
                .toAbsolutePath());
    return 0;
  }

  /** S3 keys the progress line counts, per book. */
  static String dispatchKey(String bookId) {
    return S3Layout.renderDispatch(bookId, 1);
  }
}
