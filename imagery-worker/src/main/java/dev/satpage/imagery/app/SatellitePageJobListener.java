package dev.satpage.imagery.app;

import dev.satpage.aws.sqs.MessageHandling;
import dev.satpage.imagery.ImageryService;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.queue.Queues;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.SqsHeaders;
import io.awspring.cloud.sqs.listener.Visibility;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.HashMap;
import java.util.Map;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * Receives {@link SatellitePageJob}s, records the queue lag (now − SentTimestamp) and keeps the message invisible while
 * the page is made ({@link VisibilityHeartbeat}). Acknowledgement is Spring Cloud AWS's default ON_SUCCESS: returning deletes the
 * message (also after {@link MessageHandling} dead-lettered a permanent failure, deliberately); throwing leaves it for
 * redelivery after the visibility timeout and, after maxReceiveCount receives, the redrive policy's DLQ
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
  public void onMessage(Message<String> message) throws Exception {
    MessageHeaders headers = message.getHeaders();
    sentAt(headers).ifPresent(sent -> metrics.queueLag(Duration.between(sent, clock.instant())));
    Visibility visibility = headers.get(SqsHeaders.SQS_VISIBILITY_TIMEOUT_HEADER, Visibility.class);
    software.amazon.awssdk.services.sqs.model.Message source =
        headers.get(SqsHeaders.SQS_SOURCE_DATA_HEADER, software.amazon.awssdk.services.sqs.model.Message.class);
    Consumer<String> handler = body -> service.handle(Json.read(body, SatellitePageJob.class));
    AutoCloseable beat = visibility == null ? () -> {} : heartbeat.start(messageId(headers), visibility::changeTo);
    try (beat) {
      if (visibility == null || source == null) {
        messageHandling.process(
            Queues.SATELLITE_PAGE_JOBS_NAME, messageId(headers), message.getPayload(), attributes(headers), handler);
      } else {
        // On a transient failure: stop the heartbeat, then let MessageHandling set the visibility to the backoff of
        // this receive count, so the retry comes after a jittered, growing delay instead of the fixed 120 s.
        messageHandling.process(
            Queues.SATELLITE_PAGE_JOBS_NAME,
            source,
            seconds -> {
              close(beat);
              visibility.changeTo(seconds);
            },
            handler,
            // Last receive before the redrive policy moves it to the DLQ: say so, so the book shows as blocked.
            (body, failure) -> service.giveUp(Json.read(body, SatellitePageJob.class), failure));
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

  /** SQS's SentTimestamp (epoch millis), which the container factory asks SQS to include. */
  static Optional<Instant> sentAt(MessageHeaders headers) {
    Object value = headers.get(SqsHeaders.MessageSystemAttributes.SQS_SENT_TIMESTAMP);
    try {
      return value == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(Long.parseLong(value.toString())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Spring Cloud AWS sets the Spring {@code id} header to the SQS message id (a UUID). */
  static String messageId(MessageHeaders headers) {
    return String.valueOf(headers.getId());
  }

  /**
   * The message's SQS string attributes: Spring Cloud AWS maps each one to a header of the same name, next to its own
   * {@code Sqs_*} headers (system attributes as {@code Sqs_Msa_*}) and Spring's {@code id}/{@code timestamp}.
   */
  static Map<String, String> attributes(MessageHeaders headers) {
    Map<String, String> attributes = new HashMap<>();
    headers.forEach(
        (name, value) -> {
          if (value instanceof String s
              && !name.startsWith(SqsHeaders.SQS_HEADER_PREFIX)
              && !name.equals(MessageHeaders.ID)
              && !name.equals(MessageHeaders.TIMESTAMP)
              && !name.equals(MessageHeaders.CONTENT_TYPE)
              && !name.equals(SqsHeaders.SQS_DEFAULT_TYPE_HEADER)) {
            attributes.put(name, s);
          }
        });
    return attributes;
  }
}
