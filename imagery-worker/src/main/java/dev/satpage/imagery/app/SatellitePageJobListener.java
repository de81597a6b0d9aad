package dev.satpage.imagery.app;

import dev.satpage.aws.sqs.MessageHandling;
import dev.satpage.aws.sqs.ReceivedMessage;
import dev.satpage.imagery.ImageryService;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.queue.Queues;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.Visibility;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Receives {@link SatellitePageJob}s, records the queue lag (now − SentTimestamp) and keeps the message invisible while
 * the page is made ({@link VisibilityHeartbeat}). What happens to the message is {@link MessageHandling}'s decision, the
 * same as on Lambda. Acknowledgement is Spring Cloud AWS's default ON_SUCCESS: returning deletes the message (also after
 * a permanent failure was dead-lettered, deliberately); throwing leaves it for redelivery after the backoff visibility
 * and, after maxReceiveCount receives, the redrive policy's DLQ
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html).
 */
public class SatellitePageJobListener {
  private final ImageryService service;
  private final MessageHandling messageHandling;
  private final VisibilityHeartbeat heartbeat;
  private final MicrometerImageryMetrics metrics;
  private final Clock clock;

  SatellitePageJobListener(ImageryService service, MessageHandling messageHandling, VisibilityHeartbeat heartbeat,
      MicrometerImageryMetrics metrics, Clock clock) {
    this.service = service;
    this.messageHandling = messageHandling;
    this.heartbeat = heartbeat;
    this.metrics = metrics;
    this.clock = clock;
  }

  @SqsListener(
      value = Queues.SATELLITE_PAGE_JOBS_NAME,
      factory = ImageryWorkerConfiguration.LISTENER_FACTORY,
      maxConcurrentMessages = "${satpage.imagery.listener.max-concurrent-messages:2}",
      maxMessagesPerPoll = "${satpage.imagery.listener.max-messages-per-poll:2}")
  public void onMessage(Message message, Visibility visibility) throws Exception {
    ReceivedMessage received = ReceivedMessage.of(message);
    received.sent().ifPresent(sent -> metrics.queueLag(Duration.between(sent, clock.instant())));
    AutoCloseable beat = heartbeat.start(received.id(), visibility::changeTo);
    try (beat) {
      messageHandling.process(
          Queues.SATELLITE_PAGE_JOBS_NAME,
          received,
          // On a transient failure: stop the heartbeat first, so the backoff visibility is not overwritten by a beat.
          seconds -> {
            close(beat);
            visibility.changeTo(seconds);
          },
          body -> service.handle(Json.read(body, SatellitePageJob.class)),
          // Last receive before the redrive policy moves it to the DLQ: say so, so the book shows as blocked.
          (body, failure) -> service.giveUp(Json.read(body, SatellitePageJob.class), failure));
    }
  }

  private static void close(AutoCloseable beat) {
    try {
      beat.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
