package dev.satpage.console.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.satpage.console.app.ConsoleApplication;
import dev.satpage.console.app.ConsoleSettings;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.DevstackConfig;
import dev.satpage.e2e.pipeline.LocalPipeline;
import dev.satpage.e2e.pipeline.OrderClient;
import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.status.BookState;
import dev.satpage.model.status.BookStatus;
import dev.satpage.model.status.BookStatusReader;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.ops.aws.Connection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console in a real browser: devstack, the whole pipeline and the console in this JVM; two
 * books rendered, one blocked by corrupt imagery with its satellite-page jobs in their DLQ; then
 * {@code browser/console.spec.mjs} drives Debian's chromium through playwright-core (node's own
 * test runner): sign-in, the overview shows the books, the blocked book shows its reason and its
 * dead letters, a replay started from the page (dry run, then confirm) makes it render, and every
 * page is kept as a screenshot in {@code target/console-screenshots/}. An experiment runs beside
 * the live imagery path, so the experiments page has a report with thumbnails to show.
 */
class ConsoleBrowserIT {
  static final Path BROWSER = Path.of("browser");
  static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
  static final List<String> RENDERED = List.of("console-ok-1", "console-ok-2");
  static final String BLOCKED = "console-blocked-1";
  static final String EXPERIMENT = "tiles-to-static";

  static LocalPipeline pipeline;
  static ConsoleApplication console;
  static BookStatusReader status;

  @BeforeAll
  static void start() {
    DevstackConfig config;
    try (ServerSocket socket = new ServerSocket(0)) {
      config = DevstackConfig.defaults().withPorts(0, 0, socket.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // An experiment beside the live path (Azure tiles): the Azure static grid as candidate, every
    // page sampled, so the console has a report to show (docs/configuration.md, experiments).
    String x = "satpage.imagery.experiments." + EXPERIMENT + ".";
    pipeline =
        LocalPipeline.start(
            config,
            Map.of(
                x + "candidate.provider", "azure",
                x + "candidate.mode", "static",
                x + "candidate.endpoint", "http://127.0.0.1:" + config.imageryPort(),
                x + "candidate.api-key", config.imageryApiKey(),
                x + "sample-rate", "1",
                x + "rate-per-second", "100",
                x + "provider-call-budget", "100000"));
    Devstack d = pipeline.devstack();
    console =
        ConsoleApplication.start(
            new ConsoleSettings(
                new Connection(
                    d.region(),
                    d.sqsEndpoint(),
                    d.s3Endpoint(),
                    null,
                    d.accessKey(),
                    d.secretKey(),
                    d.bucket()),
                List.of(Devstack.previewApiClients()),
                ConsoleSettings.DEFAULT_BIND,
                0,
                Duration.ofHours(1),
                ConsoleSettings.DEFAULT_STUCK_AFTER,
                Duration.ofMillis(500),
                false));
    status = new BookStatusReader(pipeline.store());
  }

  @AfterAll
  static void stop() {
    if (console != null) {
      console.close();
    }
    if (pipeline != null) {
      pipeline.close();
    }
  }

  @Test
  void consoleInChromium_showsBooks_blockedReason_andReplayRendersTheBook() throws Exception {
    assertThat(BROWSER.resolve("node_modules/playwright-core"))
        .as("playwright-core (./satpage test runs npm ci in ops-console/browser)")
        .isDirectory();
    OrderClient orders = new OrderClient(pipeline);
    // The render worker waits while the good books are placed, so the console's board sees them
    // unfinished before they render (the pending index forgets rendered books).
    pipeline.stopRenderWorker();
    orders.place(
        OrderPlaced.of(
            "console-ok",
            Instant.now(),
            List.of(
                book(RENDERED.get(0), Purpose.PREVIEW, "Ada", 51.4769, -0.0005),
                book(RENDERED.get(1), Purpose.PRINT, "Kai", -33.8568, 151.2153))));
    RENDERED.forEach(id -> awaitState(id, BookState.RENDERING));

    pipeline.devstack().imagery().faults().wrongContentTypeRate(1.0);
    orders.place(
        OrderPlaced.of(
            "console-blocked",
            Instant.now(),
            List.of(book(BLOCKED, Purpose.PREVIEW, "Mateo", 41.4036, 2.1744))));
    awaitState(BLOCKED, BookState.BLOCKED);
    // Healed provider, blocked book: it stays blocked until its jobs are replayed (from the page).
    pipeline.devstack().imagery().faults().reset();
    pipeline.startRenderWorker();
    RENDERED.forEach(id -> awaitState(id, BookState.READY));

    await()
        .atMost(Duration.ofMinutes(2))
        .until(
            () ->
                !pipeline.store().list(S3Layout.experimentComparisonsPrefix(EXPERIMENT)).isEmpty());

    Files.createDirectories(SCREENSHOTS);
    try (var stream = Files.list(SCREENSHOTS)) {
      for (Path old : stream.toList()) {
        Files.delete(old);
      }
    }
    ProcessBuilder node =
        new ProcessBuilder("node", "--test", "--test-reporter=spec", "console.spec.mjs")
            .directory(BROWSER.toFile())
            .redirectErrorStream(true)
            .redirectOutput(Path.of("target", "console-browser.log").toFile());
    node.environment()
        .putAll(
            Map.of(
                "CONSOLE_URL", console.uri().toString(),
                "CONSOLE_KEY", pipeline.devstack().previewApiKey(),
                "BLOCKED_BOOK", BLOCKED,
                "RENDERED_BOOKS", String.join(",", RENDERED),
                "EXPERIMENT", EXPERIMENT,
                "SCREENSHOT_DIR", SCREENSHOTS.toAbsolutePath().toString()));
    Process run = node.start();
    boolean ended = run.waitFor(6, TimeUnit.MINUTES);
    if (!ended) {
      run.destroyForcibly();
    }
    String log = Files.readString(Path.of("target", "console-browser.log"));
    System.out.println(log);
    assertThat(ended).as("the browser test ended within 6 minutes").isTrue();
    assertThat(run.exitValue())
        .as("node --test console.spec.mjs exit code; its output:\n" + log)
        .isZero();
    for (String shot :
        List.of(
            "login.png",
            "overview.png",
            "book-blocked.png",
            "dead-letters.png",
            "replay-dry-run.png",
            "replay-done.png",
            "book-rendered.png",
            "experiments.png",
            "experiment-report.png")) {
      assertThat(SCREENSHOTS.resolve(shot)).as(shot).isNotEmptyFile();
    }
    assertThat(status.read(BLOCKED).map(BookStatus::state)).contains(BookState.READY);
  }

  private static BookOrder book(String id, Purpose purpose, String name, double lat, double lon) {
    return new BookOrder(id, "satellite-adventure", purpose, new Personalisation(name, lat, lon));
  }

  private static void awaitState(String bookId, BookState state) {
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> status.read(bookId).map(BookStatus::state).orElse(null) == state);
  }
}
