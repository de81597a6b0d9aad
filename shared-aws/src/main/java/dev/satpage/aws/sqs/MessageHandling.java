package dev.satpage.aws.sqs;

import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.RetryBackoff;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.queue.Queues;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.random.RandomGenerator;
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

  /** SQS caps a visibility timeout at 12 hours. */
  private static final int MAX_VISIBILITY_SECONDS = 43_200;

  private final DeadLetters deadLetters;
  private final RetryBackoff backoff;
  private final RandomGenerator random;

  public MessageHandling(DeadLetters deadLetters) {
    this(deadLetters, RetryBackoff.DEFAULT_VISIBILITY, new SplittableRandom());
  }

  public MessageHandling(DeadLetters deadLetters, RetryBackoff backoff, RandomGenerator random) {
    this.deadLetters = deadLetters;
    this.backoff = backoff;
    this.random = random;
  }

  /**
   * As {@link #process(String, Message, Consumer)}, and on a transient failure first sets the message's visibility
   * timeout to a backoff computed from its receive count, so the retry comes sooner than the queue's default (or later,
   * after repeated failures) instead of always after the full visibility timeout.
   */
  public void process(String queueName, Message message, IntConsumer setVisibilitySeconds, Consumer<String> handler) {
    process(queueName, message, setVisibilitySeconds, handler, (body, failure) -> {});
  }

  /**
   * As {@link #process(String, Message, IntConsumer, Consumer)}, and when a transient failure happens on the last
   * receive the redrive policy allows ({@code ApproximateReceiveCount >= maxReceiveCount}), first calls {@code
   * onLastAttempt}: the message is about to land in the DLQ without a reason attribute, so this is the moment to tell
   * whoever waits on it (the imagery worker emits {@code imagery-failed}, so the book shows as blocked).
   */
  public void process(
      String queueName,
      Message message,
      IntConsumer setVisibilitySeconds,
      Consumer<String> handler,
      BiConsumer<String, RuntimeException> onLastAttempt) {
    try {
      process(queueName, message, handler);
    } catch (RuntimeException e) {
      String count = message.attributesAsStrings().get("ApproximateReceiveCount");
      int attempt = count == null ? 1 : Integer.parseInt(count);
      int maxReceives =
          Queues.ALL.stream().filter(q -> q.name().equals(queueName)).mapToInt(q -> q.maxReceiveCount()).findFirst().orElse(Integer.MAX_VALUE);
      if (attempt >= maxReceives) {
        try {
          onLastAttempt.accept(message.body(), e);
        } catch (RuntimeException hookFailed) {
          log.warn("last-attempt hook failed for {} on {}: {}", message.messageId(), queueName, hookFailed.toString());
        }
      }
      long seconds = Math.max(1, backoff.delay(attempt, random).toSeconds());
      try {
        setVisibilitySeconds.accept((int) Math.min(seconds, MAX_VISIBILITY_SECONDS));
      } catch (RuntimeException visibilityFailed) {
        log.warn("could not change visibility of {} on {}: {}", message.messageId(), queueName, visibilityFailed.toString());
      }
      throw e;
    }
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
