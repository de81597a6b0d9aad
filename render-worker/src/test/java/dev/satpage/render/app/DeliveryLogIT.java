package dev.satpage.render.app;

import static dev.satpage.model.testing.Books.aBook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.satpage.aws.sqs.MessageHandling;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.gate.GateMarker;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.render.service.BookSeeds;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the render worker logs while its listener runs, read from Logback (every logger, every
 * level): the expected "gate held by another holder, retry later" is one INFO line naming the book,
 * with no ERROR and no stack trace anywhere — neither from {@link MessageHandling} nor from Spring
 * Cloud AWS's container, which logs every exception a listener throws at ERROR with its trace —
 * while a fault nobody classified (here S3 refusing the worker's credentials, as with a broken IAM
 * policy) is still an ERROR with its stack trace.
 */
@ExtendWith(DevstackExtension.class)
class DeliveryLogIT {
  static RenderStack stack;
  static ObjectStore store;

  ConfigurableApplicationContext app;
  final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  @BeforeAll
  static void startDevstack(Devstack devstack) {
    stack = RenderStack.over(devstack);
    store = stack.store;
  }

  @AfterAll
  static void stopDevstack() {
    stack.close();
  }

  /**
   * Starts the worker, then listens to the root logger (Spring Boot configures Logback while it
   * starts).
   */
  void startWorker(Map<String, String> extra) {
    Map<String, Object> properties = new HashMap<>(stack.devstack.endpointProperties());
    properties.put("spring.cloud.aws.sqs.listener.poll-timeout", "1s");
    properties.putAll(extra);
    app = RenderWorkerApplication.start(properties);
    logged.start();
    root().addAppender(logged);
  }

  @AfterEach
  void stopWorker() {
    root().detachAppender(logged);
    if (app != null) {
      app.close();
    }
    stack.devstack.purgeAllQueues();
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  @Test
  void aGateHeldByAnotherHolder_isOneInfoLineNamingTheBook_andNoErrorOrStackTraceAnywhere() {
    startWorker(Map.of());
    RenderJob job = seed("log-held");
    String gate = S3Layout.renderedMarker("log-held", 1);
    // Another delivery of the same book claimed the book-rendered gate a moment ago and is still
    // working.
    store.put(
        gate,
        Json.writeBytes(
            new GateMarker(
                GateMarker.SCHEMA_VERSION,
                GateMarker.CLAIMED,
                "render-worker-other/m-0",
                Instant.now(),
                null)),
        "application/json");

    stack.send(job);
    await().atMost(Duration.ofSeconds(60)).until(() -> !linesAbout("log-held").isEmpty());
    // The other holder finishes: the retry finds the gate done, has nothing to do and is
    // acknowledged.
    store.put(
        gate,
        Json.writeBytes(
            new GateMarker(
                GateMarker.SCHEMA_VERSION,
                GateMarker.DONE,
                "render-worker-other/m-0",
                Instant.now(),
                Instant.now())),
        "application/json");
    await().atMost(Duration.ofSeconds(60)).until(() -> stack.isDrained(Queues.RENDER_JOBS_NAME));

    List<ILoggingEvent> all = List.copyOf(logged.list);
    assertThat(all)
        .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
        .as("ERROR lines")
        .isEmpty();
    assertThat(all).filteredOn(e -> e.getThrowableProxy() != null).as("stack traces").isEmpty();
    assertThat(linesAbout("log-held"))
        .allSatisfy(
            line -> {
              assertThat(line.getLevel()).isEqualTo(Level.INFO);
              assertThat(line.getFormattedMessage())
                  .contains("book log-held")
                  .contains("held by render-worker-other")
                  .doesNotContain("\n");
            });
  }

  @Test
  void anUnclassifiedFault_isStillAnErrorWithItsStackTrace() {
    // S3Proxy checks signatures: every S3 call of this worker is refused (403), which nothing
    // classifies.
    startWorker(Map.of("satpage.aws.secret-key", "not-the-secret"));

    stack.send(seed("log-denied"));
    await().atMost(Duration.ofSeconds(60)).until(() -> !linesAbout("log-denied").isEmpty());

    ILoggingEvent line = linesAbout("log-denied").getFirst();
    assertThat(line.getLevel()).isEqualTo(Level.ERROR);
    assertThat(line.getThrowableProxy()).as("its stack trace").isNotNull();
    assertThat(line.getThrowableProxy().getMessage()).contains("403");
  }

  /** A resolved one-page book in S3 and its render job. */
  private static RenderJob seed(String bookId) {
    DefinitionFile book =
        BookSeeds.resolveAll(
            store,
            aBook().withId(bookId).withOrderId("order-" + bookId).withSatellitePages(1).build());
    return BookSeeds.store(store, book);
  }

  private List<ILoggingEvent> linesAbout(String bookId) {
    return List.copyOf(logged.list).stream()
        .filter(e -> e.getLoggerName().equals(MessageHandling.class.getName()))
        .filter(e -> e.getFormattedMessage().contains(bookId))
        .toList();
  }
}
