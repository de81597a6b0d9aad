package dev.satpage.imagery.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a long job's message invisible: every {@code interval} it extends the visibility timeout to
 * {@code extension} from now, so a page that outlives the queue's 120 s is not redelivered to a
 * second worker meanwhile
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html).
 * Stops when the job ends; a crashed worker stops extending, and SQS redelivers after at most
 * {@code extension}.
 */
final class VisibilityHeartbeat implements AutoCloseable {
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(40);
  public static final Duration DEFAULT_EXTENSION = Duration.ofSeconds(120);
  private static final Logger log = LoggerFactory.getLogger(VisibilityHeartbeat.class);

  private final ScheduledExecutorService scheduler;
  private final Duration interval;
  private final Duration extension;

  VisibilityHeartbeat(Duration interval, Duration extension) {
    if (interval.compareTo(extension) >= 0) {
      throw new IllegalArgumentException(
          "heartbeat interval must be shorter than the extension: " + interval);
    }
    this.interval = interval;
    this.extension = extension;
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("visibility-heartbeat").factory());
  }

  /** Starts extending through {@code extendTo} (seconds from now); closing the result stops it. */
  AutoCloseable start(String messageId, IntConsumer extendTo) {
    int seconds = (int) extension.toSeconds();
    ScheduledFuture<?> beat =
        scheduler.scheduleAtFixedRate(
            () -> {
              try {
                extendTo.accept(seconds);
                log.debug("message {} kept invisible for another {} s", messageId, seconds);
              } catch (
                  RuntimeException
                      e) { // a missed beat is not fatal: the next one may succeed, or SQS
                // redelivers
                log.warn("visibility heartbeat for message {} failed: {}", messageId, e.toString());
              }
            },
            interval.toMillis(),
            interval.toMillis(),
            TimeUnit.MILLISECONDS);
    return () -> beat.cancel(false);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
