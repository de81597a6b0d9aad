package dev.satpage.console.app;

import dev.satpage.aws.s3.S3ObjectStore;
import dev.satpage.console.view.BookBoard;
import dev.satpage.console.view.BookTimelines;
import dev.satpage.console.view.Experiments;
import dev.satpage.console.view.QueueBoard;
import dev.satpage.console.web.Console;
import dev.satpage.console.web.ConsoleServer;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.queue.Queues;
import dev.satpage.ops.aws.Connection;
import dev.satpage.ops.aws.OpsClients;
import dev.satpage.ops.aws.SqsOpsQueues;
import dev.satpage.ops.book.BookInspector;
import dev.satpage.ops.dlq.OpsQueues;
import dev.satpage.ops.dlq.Peek;
import dev.satpage.producer.access.ApiGate;
import dev.satpage.producer.access.ClientKeys;
import dev.satpage.producer.access.RateLimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The console's composition root: SQS and S3 clients from the ops CLI's builder, the ops CLI's
 * queue adapter, book inspector and replay core, the preview API's access checks, and the HTTP
 * server; a background task refreshes the book board so books that render between two page loads
 * are still counted.
 */
public final class ConsoleApplication implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ConsoleApplication.class);

  private final SqsClient sqs;
  private final S3Client s3;
  private final ConsoleServer server;
  private final ScheduledExecutorService refresher;

  private ConsoleApplication(ConsoleSettings settings) {
    Connection c = settings.connection();
    if (c.bucket() == null) {
      throw new IllegalArgumentException("no bucket: pass --bucket or set SATPAGE_BUCKET");
    }
    Clock clock = Clock.systemUTC();
    this.sqs = OpsClients.sqs(c);
    this.s3 = OpsClients.s3(c);
    OpsQueues queues = new SqsOpsQueues(sqs);
    ObjectStore store = new S3ObjectStore(s3, c.bucket());
    BookBoard books =
        new BookBoard(store, clock, ConsoleSettings.INDEX_SCAN_LIMIT, settings.stuckAfter());
    Console.Sources sources =
        new Console.Sources(
            new QueueBoard(queues, ConsoleSettings.DLQ_SAMPLE),
            books,
            new BookTimelines(
                store,
                new BookInspector(store, new Peek(queues), Queues.ALL, ConsoleSettings.DLQ_SAMPLE)),
            new Experiments(store),
            queues,
            store);
    // Sign-in attempts per client: a few at once, one a second after that.
    ApiGate gate =
        new ApiGate(
            ClientKeys.parse(settings.clients()),
            new RateLimiter(1, 5, clock),
            ConsoleSettings.MAX_FORM_BYTES);
    try {
      this.server =
          new ConsoleServer(
              new Console(sources, gate, clock, settings.sessionTtl(), settings.secureCookie()),
              new InetSocketAddress(settings.bind(), settings.port()));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen on " + settings.bind() + ":" + settings.port(), e);
    }
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());
    long every = settings.refresh().toMillis();
    refresher.scheduleWithFixedDelay(
        () -> {
          try {
            books.refresh();
          } catch (RuntimeException e) {
            log.warn("console: book board refresh failed: {}", e.toString());
          }
        },
        0,
        every,
        TimeUnit.MILLISECONDS);
  }

  public static ConsoleApplication start(ConsoleSettings settings) {
    return new ConsoleApplication(settings);
  }

  public URI uri() {
    return server.uri();
  }

  @Override
  public void close() {
    refresher.shutdownNow();
    server.close();
    sqs.close();
    s3.close();
  }
}
