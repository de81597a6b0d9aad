package dev.satpage.aws.sqs;

import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.json.MessageFormatException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The one place that decides what happens to a received message, for every consumer:
 *
 * <ul>
 *   <li>handled → returns normally, and the listener acknowledges (deletes) it;
 *   <li>permanent failure (malformed message, bad input, refused work) → sent to the DLQ with the reason, then returns
 *       normally: a deliberate acknowledgement of a failed message, so it is not retried in a loop;
 *   <li>anything else (transient) → rethrown: not acknowledged, SQS makes it visible again after the visibility
 *       timeout, and the redrive policy moves it to the DLQ after maxReceiveCount receives.
 * </ul>
 */
public final class MessageHandling {
  private static final Logger log = LoggerFactory.getLogger(MessageHandling.class);

  private final DeadLetters deadLetters;

  public MessageHandling(DeadLetters deadLetters) {
    this.deadLetters = deadLetters;
  }

  /** Processes a message as received by a Spring Cloud AWS listener or a Lambda SQS event, with its attributes. */
  public void process(String queueName, Message message, Consumer<String> handler) {
    Map<String, String> attributes = new HashMap<>();
    message.messageAttributes().forEach((k, v) -> {
      if (v.stringValue() != null) {
        attributes.put(k, v.stringValue());
      }
    });
    process(queueName, message.messageId(), message.body(), attributes, handler);
  }

  /** Runs {@code handler} on the body and classifies its failure; see the class comment. */
  public void process(
      String queueName, String messageId, String body, Map<String, String> attributes, Consumer<String> handler) {
    try {
      handler.accept(body);
    } catch (MessageFormatException e) {
      log.warn("dead-lettering message {} from {}: invalid message, {}", messageId, queueName, e.getMessage());
      deadLetters.send(queueName, messageId, body, attributes, "invalid-message", e.getMessage());
    } catch (PermanentFailure e) {
      log.warn("dead-lettering message {} from {}: {}", messageId, queueName, e.getMessage());
      deadLetters.send(queueName, messageId, body, attributes, e.reason(), e.detail());
    }
  }
}
