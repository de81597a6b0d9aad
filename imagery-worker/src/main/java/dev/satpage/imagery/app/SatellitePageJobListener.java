package dev.satpage.imagery.app;

import dev.satpage.aws.sqs.MessageHandling;
import dev.satpage.imagery.ImageryService;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.queue.Queues;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.SqsHeaders;
import java.util.HashMap;
import java.util.Map;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * Receives {@link SatellitePageJob}s. Acknowledgement is Spring Cloud AWS's default ON_SUCCESS: returning deletes the
 * message (also after {@link MessageHandling} dead-lettered a permanent failure, deliberately); throwing leaves it for
 * redelivery after the visibility timeout and, after maxReceiveCount receives, the redrive policy's DLQ
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html).
 */
public class SatellitePageJobListener {
  private final ImageryService service;
  private final MessageHandling messageHandling;

  public SatellitePageJobListener(ImageryService service, MessageHandling messageHandling) {
    this.service = service;
    this.messageHandling = messageHandling;
  }

  @SqsListener(
      value = Queues.SATELLITE_PAGE_JOBS_NAME,
      maxConcurrentMessages = "${satpage.imagery.listener.max-concurrent-messages:2}",
      maxMessagesPerPoll = "${satpage.imagery.listener.max-messages-per-poll:2}")
  public void onMessage(Message<String> message) {
    messageHandling.process(
        Queues.SATELLITE_PAGE_JOBS_NAME,
        messageId(message.getHeaders()),
        message.getPayload(),
        attributes(message.getHeaders()),
        body -> service.handle(Json.read(body, SatellitePageJob.class)));
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
