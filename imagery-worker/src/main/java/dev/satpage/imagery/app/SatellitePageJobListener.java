package dev.satpage.imagery.app;

import dev.satpage.aws.sqs.Delivery;
import dev.satpage.aws.sqs.MessageHandling;
import dev.satpage.aws.sqs.ReceivedMessage;
import dev.satpage.imagery.ImageryService;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.queue.Queues;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.annotation.SqsListenerAcknowledgementMode;
import io.awspring.cloud.sqs.listener.Visibility;
import io.awspring.cloud.sqs.listener.acknowledgement.Acknowledgement;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Receives {@link SatellitePageJob}s, records the queue lag (now − SentTimestamp) and keeps the
 * message invisible while the page is made ({@link VisibilityHeartbeat}). What happens to the
 * message is {@link MessageHandling}'s decision, the same as on Lambda. Acknowledgement is {@code
 * MANUAL}: the message is deleted when MessageHandling says so (handled, or a permanent failure
 * dead-lettered, deliberately); otherwise it is left for redelivery after the backoff visibility
 * and, after maxReceiveCount receives, the redrive policy's DLQ
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html)
 * — without throwing, which Spring Cloud AWS would log at ERROR with a stack trace for an expected
 * retry.
 */
public class SatellitePageJobListener {
  private final ImageryService service;
  private final MessageHandling messageHandling;
  private final VisibilityHeartbeat heartbeat;
  private final MicrometerImageryMetrics metrics;
  private final Clock clock;

  SatellitePageJobListener(
      ImageryService service,
      MessageHandling messageHandling,
      VisibilityHeartbeat heartbeat,
      MicrometerImageryMetrics metrics,
      Clock clock) {
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
      acknowledgementMode = SqsListenerAcknowledgementMode.MANUAL)
  public void onMessage(Message message, Visibility visibility, Acknowledgement acknowledgement)
      throws Exception {
    ReceivedMessage received = ReceivedMessage.of(message);
    received.sent().ifPresent(sent -> metrics.queueLag(Duration.between(sent, clock.instant())));
    AutoCloseable beat = heartbeat.start(received.id(), visibility::changeTo);
    try (beat) {
      Delivery delivery =
          messageHandling.process(
              Queues.SATELLITE_PAGE_JOBS_NAME,
              received,
              // On a transient failure: stop the heartbeat first, so the backoff visibility is not
              // overwritten by a beat.
              seconds -> {
                close(beat);
                visibility.changeTo(seconds);
              },
              body -> service.handle(Json.read(body, SatellitePageJob.class)),
              // Last receive before the redrive policy moves it to the DLQ: say so, so the book
              // shows as blocked.
              (body, failure) -> service.giveUp(Json.read(body, SatellitePageJob.class), failure));
      if (delivery.acknowledged()) {
        acknowledgement.acknowledge();
      }
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
