package dev.satpage.e2e.chaos;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.DevstackConfig;
import dev.satpage.e2e.load.LoadOrders;
import dev.satpage.e2e.load.StackClients;
import dev.satpage.e2e.pipeline.PipelineEvents;
import dev.satpage.e2e.process.ComponentProcess;
import dev.satpage.e2e.process.Fleet;
import dev.satpage.e2e.process.JvmLauncher;
import dev.satpage.e2e.process.PipelineComponents;
import dev.satpage.imagery.app.ImageryProperties;
import dev.satpage.imagery.plan.TilePlanner;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import dev.satpage.producer.intake.ProductCatalog;
import dev.satpage.render.template.TemplateSeeder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The chaos run. Devstack (the AWS side and the imagery provider) runs in this JVM so that the
 * simulator's faults and an S3 restart are direct calls; the producer, two imagery workers and the
 * render worker are separate JVMs that get SIGKILLed and restarted. Then the invariants are
 * checked, the DLQs replayed, and checked again.
 */
public final class ChaosRun {
  private static final Duration SIMULATOR_HANG = Duration.ofSeconds(5);

  static final int IMAGERY_POOL = 8;

  private final ChaosOptions options;
  private final Random random;

  public ChaosRun(ChaosOptions options) {
    this.options = options;
    this.random = new Random(options.seed());
  }

  /**
   * Provider requests of one print page on the default path (Azure Maps tiles of 512 px): 48–63.
   */
  static int requestsPerPage() {
    return TilePlanner.azure(ImageryProperties.DEFAULT_AZURE_TILE_SIZE)
        .plan(SatellitePageSpec.of(51.4769, -0.0005, ProductCatalog.HOME_ZOOM))
        .requests()
        .size();
  }

  /**
   * The per-request fault rate that fails a page of {@code requests} requests with probability
   * {@code perPage}: 1 − (1 − perPage)^(1/requests). Kept per page so a run stresses the pipeline
   * as much whatever the plan (4 static images or 56 tiles), instead of dead-lettering most pages
   * when the plan has many requests.
   */
  static double perRequest(double perPage, int requests) {
    return 1 - Math.pow(1 - perPage, 1.0 / requests);
  }

  public ChaosReport run() {
    Instant t0 = Instant.now();
    Path dataDir = tempDir();
    DevstackConfig config = DevstackConfig.defaults().withDataDir(dataDir);
    try (Devstack devstack = Devstack.start(config);
        StackClients stack = new StackClients(devstack.endpointProperties());
        Fleet fleet = new Fleet(JvmLauncher.fromEnvironment(), options.out().resolve("logs"))) {
      new TemplateSeeder(stack.store()).seed(ProductCatalog.SATELLITE_ADVENTURE);
      Map<String, String> extra = shortenVisibility(stack);
      // A hung provider request gives up after 3 s (the simulator hangs 5 s): a timeout, then a
      // retry.
      extra.put("satpage.imagery.read-timeout", "3s");
      // S3Proxy's filesystem store (needed so objects survive the S3 restart) answers 501
      // "Server-side encryption is
      // not supported" to the imagery worker's default SSE header; the in-memory store ignores it.
      extra.put("satpage.imagery.server-side-encryption", "none");
      System.out.println(
          "chaos: starting producer, 2 imagery workers, render worker; logs in " + fleet.logDir());
      List<ComponentProcess> procs =
          fleet.startAll(
              new PipelineComponents(devstack.endpointProperties(), extra).all(2),
              Fleet.DEFAULT_READY_TIMEOUT);

      // Load mode: the simulator serves stand-in images (drawn once each) so its CPU does not
      // starve the pipeline; the
      // invariants do not depend on what the pictures show.
      devstack.imagery().usePool(IMAGERY_POOL);
      int requests = requestsPerPage();
      devstack
          .imagery()
          .faults()
          .errorRate(perRequest(options.errorRate(), requests))
          .timeoutRate(perRequest(options.timeoutRate(), requests))
          .timeoutHang(SIMULATOR_HANG)
          .corruptBodyRate(perRequest(options.corruptRate(), requests));
      ChaosMonkey monkey =
          new ChaosMonkey(procs, options.killEveryMin(), options.killEveryMax(), random);
      Thread monkeyThread = Thread.ofPlatform().name("chaos-monkey").start(monkey);

      PipelineEvents events = new PipelineEvents(stack.sqs(), stack.queue());
      String runId = "chaos-" + Long.toString(System.currentTimeMillis(), 36);
      List<String> books = new ArrayList<>();
      Instant windowEnd = Instant.now().plus(options.chaosWindow());
      int duplicates = placeAll(stack, events, runId, books, devstack);
      while (Instant.now().isBefore(windowEnd)) {
        events.poll(1); // the load is placed; the kills and faults go on until the window closes
      }
      monkey.stopAndAwaitRestarts();
      join(monkeyThread);
      devstack.imagery().faults().reset();
      System.out.println(
          "chaos: all orders placed; faults off, no more kills; waiting for the pipeline to settle");

      DeadLetterQueues dlqs = new DeadLetterQueues(stack);
      awaitQuiet(stack, events, dlqs, books, true);
      List<DlqEntry> dead = ours(dlqs.peekAll(), runId);
      Verdict before = verdict(stack, events, books, dead, true);
      Map<String, Long> byReason =
          dead.stream()
              .collect(
                  Collectors.groupingBy(DlqEntry::reason, TreeMap::new, Collectors.counting()));
      System.out.println("chaos: before replay: " + before.counts() + "; DLQ " + byReason);

      int replayed = dlqs.replayAll();
      System.out.println("chaos: replayed " + replayed + " dead letters");
      awaitQuiet(stack, events, dlqs, books, false);
      Verdict after = verdict(stack, events, books, ours(dlqs.peekAll(), runId), false);
      return new ChaosReport(
          books.size(),
          duplicates,
          monkey.kills(),
          1,
          devstack.imagery().requestCount(),
          byReason,
          replayed,
          before,
          after,
          Duration.between(t0, Instant.now()).toMillis() / 1000.0,
          monkey.failure());
    }
  }

  /**
   * Places every order at the rate; a share twice; restarts S3 half-way. Returns how many were sent
   * twice.
   */
  private int placeAll(
      StackClients stack,
      PipelineEvents events,
      String runId,
      List<String> books,
      Devstack devstack) {
    int duplicates = 0;
    long start = System.currentTimeMillis();
    List<OrderPlaced> again = new ArrayList<>();
    for (int n = 0; n < options.books(); n++) {
      long wait = start + Math.round(n * 1000.0 / options.rate()) - System.currentTimeMillis();
      if (wait > 0) {
        events.poll(0);
        sleep(
            Math.max(
                0, start + Math.round(n * 1000.0 / options.rate()) - System.currentTimeMillis()));
      }
      OrderPlaced order = LoadOrders.order(runId, n, 3, Instant.now());
      send(stack, order);
      books.add(order.books().getFirst().bookId());
      if (random.nextDouble() < options.duplicateShare()) {
        again.add(order); // delivered again a little later, as an at-least-once event bus would
        duplicates++;
      }
      if (n % 4 == 3 && !again.isEmpty()) {
        again.forEach(o -> send(stack, o));
        again.clear();
      }
      if (n == options.books() / 2) {
        System.out.println("chaos: restarting S3");
        devstack.restartS3();
      }
    }
    again.forEach(o -> send(stack, o));
    return duplicates;
  }

  private static void send(StackClients stack, OrderPlaced order) {
    stack
        .queue()
        .send(
            Queues.ORDER_PLACED_NAME,
            new OutboundMessage(
                order.orderId(),
                Json.write(order),
                Map.of(FailureAttributes.ORDER_ID, order.orderId())));
  }

  /**
   * Until every book is rendered (or, before the replay, dead-lettered) and nothing is in flight,
   * or the timeout.
   */
  private void awaitQuiet(
      StackClients stack,
      PipelineEvents events,
      DeadLetterQueues dlqs,
      List<String> books,
      boolean dlqCounts) {
    Instant deadline = Instant.now().plus(options.quiesceTimeout());
    int quietPolls = 0;
    while (Instant.now().isBefore(deadline) && quietPolls < 3) {
      events.poll(1);
      long rendered = events.rendered().stream().map(BookRendered::bookId).distinct().count();
      int inFlight = dlqs.inFlight();
      quietPolls = inFlight == 0 && (rendered == books.size() || dlqCounts) ? quietPolls + 1 : 0;
      System.out.printf(
          "\rchaos: %d/%d rendered, %d messages in flight   ", rendered, books.size(), inFlight);
    }
    System.out.println();
    events.poll(2); // a late second book-rendered would show here
  }

  private static Verdict verdict(
      StackClients stack,
      PipelineEvents events,
      List<String> books,
      List<DlqEntry> dead,
      boolean dlqAllowed) {
    Map<String, BookRendered> firstEvent = new LinkedHashMap<>();
    events.rendered().forEach(r -> firstEvent.putIfAbsent(r.bookId(), r));
    List<InvariantChecker.RenderedBook> rendered =
        firstEvent.values().stream().map(r -> RenderedBooks.inspect(stack.store(), r)).toList();
    return InvariantChecker.check(
        books,
        events.rendered().stream().map(BookRendered::bookId).toList(),
        rendered,
        dead,
        dlqAllowed);
  }

  private static List<DlqEntry> ours(List<DlqEntry> all, String runId) {
    return all.stream().filter(e -> e.bookId() != null && e.bookId().startsWith(runId)).toList();
  }

  /**
   * With {@code visibilitySeconds} set, the work queues hand a killed consumer's messages back
   * after that long instead of up to 120 s, and the stale-claim takeovers follow (they must stay
   * longer than the visibility timeout).
   */
  private Map<String, String> shortenVisibility(StackClients stack) {
    Map<String, String> extra = new HashMap<>();
    if (options.visibilitySeconds() == 0) {
      return extra;
    }
    for (QueueSpec spec : DeadLetterQueues.PIPELINE) {
      stack
          .sqs()
          .setQueueAttributes(
              b ->
                  b.queueUrl(stack.queue().urlOf(spec.name()))
                      .attributes(
                          Map.of(
                              QueueAttributeName.VISIBILITY_TIMEOUT,
                              Integer.toString(options.visibilitySeconds()))));
    }
    String stale = (options.visibilitySeconds() + 10) + "s";
    extra.put("satpage.coordinator.dispatch-claim-stale-after", stale);
    extra.put("satpage.render.gate-stale-after", stale);
    return extra;
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("satpage-chaos-s3-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void join(Thread t) {
    try {
      t.join(Duration.ofMinutes(3));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
