package dev.satpage.render.app;

import dev.satpage.aws.sqs.MessageHandling;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.queue.Queues;
import dev.satpage.render.service.RenderService;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.SqsHeaders;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.stereotype.Component;

/**
 * Receives render jobs. Returning normally acknowledges (deletes) the message; {@link MessageHandling} decides which
 * failures are dead-lettered at once and which are rethrown so SQS redelivers them.
 */
@Component
class RenderJobListener {
  private static final Set<String> SPRING_HEADERS =
      Set.of(MessageHeaders.ID, MessageHeaders.TIMESTAMP, MessageHeaders.CONTENT_TYPE, SqsHeaders.SQS_DEFAULT_TYPE_HEADER);

  private final MessageHandling messageHandling;
  private final RenderService service;

  RenderJobListener(MessageHandling messageHandling, RenderService service) {
    this.messageHandling = messageHandling;
    this.service = service;
  }

  // Rendering is CPU-bound: two jobs at a time. Spring Cloud AWS refuses maxMessagesPerPoll (default 10) above
  // maxConcurrentMessages, so it is lowered with it.
  @SqsListener(value = Queues.RENDER_JOBS_NAME, maxConcurrentMessages = "2", maxMessagesPerPoll = "2")
  void onMessage(Message<String> message) {
    // Spring Cloud AWS uses the SQS message id as the Spring message id; it is the same on every redelivery.
    String messageId = String.valueOf(message.getHeaders().getId());
    messageHandling.process(
        Queues.RENDER_JOBS_NAME,
        messageId,
        message.getPayload(),
        attributes(message),
        body -> service.handle(Json.read(body, RenderJob.class), messageId));
  }

  /**
   * The SQS message attributes (ids that ops search DLQs by), which Spring Cloud AWS maps to headers of the same name.
   * Its own {@code Sqs_*} headers and Spring's {@code id}/{@code timestamp} are left out: SQS allows only 10 attributes.
   */
  static Map<String, String> attributes(Message<?> message) {
    Map<String, String> out = new HashMap<>();
    message
        .getHeaders()
        .forEach(
            (name, value) -> {
              if (value instanceof String s && !name.startsWith(SqsHeaders.SQS_HEADER_PREFIX) && !SPRING_HEADERS.contains(name)) {
                out.put(name, s);
              }
            });
    return out;
  }

}
