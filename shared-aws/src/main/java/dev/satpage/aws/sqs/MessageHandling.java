package dev.satpage.aws.sqs;

import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.RetryBackoff;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides what happens to a received message, for every consumer — the Spring listeners and the
 * Lambda handler alike:
 *
 * <ul>
 *   <li>handled → returns normally, and the consumer acknowledges (deletes) it;
 *   <li>permanent failure (malformed message, bad input, refused work) → sent to the DLQ with the reason, then returns
 *       normally: a deliberate acknowledgement of a failed message, so it is not retried in a loop;
 *   <li>anything else (transient) → on the last receive the redrive policy allows ({@code receiveCount >=
 *       maxReceiveCount}) first the {@code onLastAttempt} hook; then the visibility is set to a backoff computed from
 *       the receive count, and the failure is rethrown: not acknowledged, so SQS makes it visible again after that
 *       backoff, and the redrive policy moves it to the DLQ after maxReceiveCount receives
 *       (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html).
 * </ul>
 */
public final class MessageHandling {
  private static final Logger log = LoggerFactory.getLogger(MessageHandling.class);

  /** SQS caps a visibility timeout at 12 hours (ChangeMessageVisibility). */
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

  /** As {@link #process(String, ReceivedMessage, MessageVisibility, Consumer, BiConsumer)} without a last-attempt hook. */
  public void process(String queueName, ReceivedMessage message, MessageVisibility visibility, Consumer<String> handler) {
    process(queueName, message, visibility, handler, (body, failure) -> {});
  }

  /**
   * Runs {@code handler} on the body and decides; see the class comment. {@code onLastAttempt} is told when a transient
   * failure happens on the last receive: the message is about to land in the DLQ without a reason attribute, so this is
   * the moment to tell whoever waits on it (the imagery worker emits {@code imagery-failed}, so the book shows as
   * blocked). A failing hook or visibility change is logged; the original failure is what is rethrown.
   */
  public void process(String queueName, ReceivedMessage message, MessageVisibility visibility, Consumer<String> handler,
      BiConsumer<String, RuntimeException> onLastAttempt) {
    try {
      handler.accept(message.body());
    } catch (MessageFormatException e) {
      log.warn("dead-lettering message {} from {}: invalid message, {}", message.id(), queueName, e.getMessage());
      deadLetters.send(queueName, message.id(), message.body(), message.attributes(), "invalid-message", e.getMessage());
    } catch (PermanentFailure e) {
      log.warn("dead-lettering message {} from {}: {}", message.id(), queueName, e.getMessage());
      deadLetters.send(queueName, message.id(), message.body(), message.attributes(), e.reason(), e.detail());
    } catch (RuntimeException e) {
      if (message.receiveCount() >= maxReceiveCount(queueName)) {
        try {
          onLastAttempt.accept(message.body(), e);
        } catch (RuntimeException hookFailed) {
          log.warn("last-attempt hook failed for {} on {}: {}", message.id(), queueName, hookFailed.toString());
        }
      }
      int seconds = visibilitySeconds(message.receiveCount());
      try {
        visibility.changeTo(seconds);
      } catch (RuntimeException visibilityFailed) {
        log.warn("could not change visibility of {} on {}: {}", message.id(), queueName, visibilityFailed.toString());
      }
      throw e;
    }
  }

  /** The visibility after a transient failure on receive {@code receiveCount}: the backoff, at least 1 s. */
  int visibilitySeconds(int receiveCount) {
    long seconds = Math.max(1, backoff.delay(receiveCount, random).toSeconds());
    return (int) Math.min(seconds, MAX_VISIBILITY_SECONDS);
  }

  /** The redrive policy's maxReceiveCount of a pipeline queue (shared-model {@link Queues}); unknown queues: none. */
  static int maxReceiveCount(String queueName) {
    return Queues.ALL.stream().filter(q -> q.name().equals(queueName)).mapToInt(QueueSpec::maxReceiveCount).findFirst()
        .orElse(Integer.MAX_VALUE);
  }
}
