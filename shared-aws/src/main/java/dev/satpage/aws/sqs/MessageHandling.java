package dev.satpage.aws.sqs;

import dev.satpage.aws.trace.TraceContext;
import dev.satpage.model.failure.DoNotRetry;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.RetryBackoff;
import dev.satpage.model.failure.RetryLater;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides what happens to a received message, for every consumer — the Spring
 * listeners and the Lambda handler alike — and the one place that logs it, at a level an on-call
 * engineer can trust:
 *
 * <ul>
 *   <li>handled → {@link Delivery#ACKNOWLEDGE}: the consumer deletes it;
 *   <li>permanent failure (malformed message, bad input, refused work) → sent to the DLQ with the
 *       reason, one WARN line, then {@link Delivery#ACKNOWLEDGE}: a deliberate acknowledgement of a
 *       failed message, so it is not retried in a loop; so is a programming error ({@link
 *       DoNotRetry}: {@code internal-error}, one ERROR line with the stack trace), which would fail
 *       the same way on every receive;
 *   <li>anything else → {@link Delivery#RETRY}: on the last receive the redrive policy allows
 *       ({@code receiveCount >= maxReceiveCount}) first the {@code onLastAttempt} hook; then the
 *       visibility is set to a backoff computed from the receive count (for {@link RetryLater}, at
 *       least its {@code notSooner}) and the message is left unacknowledged, so SQS delivers it
 *       again after that backoff and the redrive policy moves it to the DLQ after maxReceiveCount
 *       receives
 *       (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html).
 *       Logged by what it is: {@link RetryLater} (expected: someone else holds the work) one INFO
 *       line; {@link TransientFailure} (classified: a timeout, a 5xx, throttling) one WARN line;
 *       any other exception is a fault nobody classified — ERROR with its stack trace, and still
 *       retried. No line carries a stack trace unless it is that ERROR.
 * </ul>
 *
 * <p>Nothing but an {@link Error} is thrown: a consumer never hands an exception to its framework,
 * which would log it again at ERROR (Spring Cloud AWS does, with the stack trace, for every
 * exception a listener throws).
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

  /**
   * As {@link #process(String, ReceivedMessage, MessageVisibility, Consumer, BiConsumer)} without a
   * last-attempt hook.
   */
  public Delivery process(
      String queueName,
      ReceivedMessage message,
      MessageVisibility visibility,
      Consumer<String> handler) {
    return process(queueName, message, visibility, handler, (body, failure) -> {});
  }

  /**
   * Runs {@code handler} on the body and decides; see the class comment. {@code onLastAttempt} is
   * told when a failure that is not permanent happens on the last receive: the message is about to
   * land in the DLQ without a reason attribute, so this is the moment to tell whoever waits on it
   * (the imagery worker emits {@code imagery-failed}, so the book shows as blocked). A failing hook
   * or visibility change is logged and changes nothing else.
   */
  public Delivery process(
      String queueName,
      ReceivedMessage message,
      MessageVisibility visibility,
      Consumer<String> handler,
      BiConsumer<String, RuntimeException> onLastAttempt) {
    // A CONSUMER span per receive, the child of the sender's span (its traceparent attribute, or
    // AWSTraceHeader converted: ReceivedMessage), so the handling and all it writes and sends stay
    // in the book's trace; a message without either starts a new trace.
    return TraceContext.inSpan(
        "process " + queueName,
        SpanKind.CONSUMER,
        TraceContext.extract(message.attributes()),
        Attributes.of(
            AttributeKey.stringKey("messaging.system"),
            TracedSends.SYSTEM,
            AttributeKey.stringKey("messaging.operation.type"),
            "process",
            AttributeKey.stringKey("messaging.destination.name"),
            queueName,
            AttributeKey.stringKey("messaging.message.id"),
            message.id()),
        () -> decide(queueName, message, visibility, handler, onLastAttempt));
  }

  private Delivery decide(
      String queueName,
      ReceivedMessage message,
      MessageVisibility visibility,
      Consumer<String> handler,
      BiConsumer<String, RuntimeException> onLastAttempt) {
    try {
      handler.accept(message.body());
      return Delivery.ACKNOWLEDGE;
    } catch (MessageFormatException e) {
      Span.current().setStatus(StatusCode.ERROR, FailureReason.INVALID_MESSAGE.code());
      log.warn(
          "dead-lettering message {} from {}{}: invalid message, {}",
          message.id(),
          queueName,
          book(message),
          e.getMessage());
      deadLetters.send(
          queueName,
          message.id(),
          message.body(),
          message.attributes(),
          FailureReason.INVALID_MESSAGE.code(),
          e.getMessage());
      return Delivery.ACKNOWLEDGE;
    } catch (RuntimeException e) {
      Span.current().setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      Optional<PermanentFailure> permanent = DoNotRetry.permanent(e);
      if (permanent.isEmpty()) {
        retryLater(queueName, message, visibility, onLastAttempt, e);
        return Delivery.RETRY;
      }
      deadLetter(queueName, message, permanent.get());
      return Delivery.ACKNOWLEDGE;
    }
  }

  /**
   * A refusal is a WARN line; a programming error ({@code internal-error}) an ERROR with its stack
   * trace.
   */
  private void deadLetter(String queueName, ReceivedMessage message, PermanentFailure failure) {
    if (failure.kind() == FailureReason.INTERNAL_ERROR) {
      log.error(
          "dead-lettering message {} from {}{}: a programming error, not retried",
          message.id(),
          queueName,
          book(message),
          failure.getCause() == null ? failure : failure.getCause());
    } else {
      log.warn(
          "dead-lettering message {} from {}{}: {}",
          message.id(),
          queueName,
          book(message),
          failure.getMessage());
    }
    deadLetters.send(
        queueName,
        message.id(),
        message.body(),
        message.attributes(),
        failure.reason(),
        failure.detail());
  }

  private void retryLater(
      String queueName,
      ReceivedMessage message,
      MessageVisibility visibility,
      BiConsumer<String, RuntimeException> onLastAttempt,
      RuntimeException failure) {
    int max = maxReceiveCount(queueName);
    boolean last = message.receiveCount() >= max;
    if (last) {
      try {
        onLastAttempt.accept(message.body(), failure);
      } catch (RuntimeException hookFailed) {
        log.warn(
            "last-attempt hook failed for {} on {}: {}",
            message.id(),
            queueName,
            hookFailed.toString());
      }
    }
    int seconds = visibilitySeconds(message.receiveCount(), failure);
    try {
      visibility.changeTo(seconds);
    } catch (RuntimeException visibilityFailed) {
      log.warn(
          "could not change visibility of {} on {}: {}",
          message.id(),
          queueName,
          visibilityFailed.toString());
    }
    String next =
        last
            ? "receive "
                + message.receiveCount()
                + " of "
                + max
                + ": the redrive policy moves it to "
                + queueName
                + QueueSpec.DLQ_SUFFIX
            : "retry in "
                + seconds
                + " s (receive "
                + message.receiveCount()
                + (max == Integer.MAX_VALUE ? "" : " of " + max)
                + ")";
    if (failure
        instanceof
        RetryLater) { // expected; worth a warning only when it is about to land in the DLQ
      String line = "message {} on {}{} left for later, {}: {}";
      Object[] args = {message.id(), queueName, book(message), next, failure.getMessage()};
      if (last) {
        log.warn(line, args);
      } else {
        log.info(line, args);
      }
    } else if (failure instanceof TransientFailure) {
      log.warn(
          "message {} on {}{} failed transiently, {}: {}",
          message.id(),
          queueName,
          book(message),
          next,
          summary(failure));
    } else {
      log.error(
          "message {} on {}{} failed unexpectedly, {}",
          message.id(),
          queueName,
          book(message),
          next,
          failure);
    }
  }

  /** " (book b-1)" when the message carries the book id attribute the pipeline sets, else "". */
  private static String book(ReceivedMessage message) {
    String id = message.attributes().get(FailureAttributes.BOOK_ID);
    return id == null ? "" : " (book " + id + ")";
  }

  /**
   * The failure's message and its root cause's, on one line: what a classified failure needs, no
   * stack trace.
   */
  private static String summary(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = String.valueOf(failure.getMessage());
    if (root != failure && root.getMessage() != null && !text.contains(root.getMessage())) {
      text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return text.replace('\n', ' ').replace('\r', ' ');
  }

  /**
   * The visibility after a failed receive {@code receiveCount}: the backoff, at least 1 s, and for
   * a {@link RetryLater} at least its {@link RetryLater#notSooner}: a gate held by someone else
   * cannot change before its claim goes stale, and every receive until then would spend the redrive
   * policy's budget for nothing.
   */
  int visibilitySeconds(int receiveCount, RuntimeException failure) {
    long seconds = Math.max(1, backoff.delay(receiveCount, random).toSeconds());
    if (failure instanceof RetryLater wait) {
      seconds = Math.max(seconds, (wait.notSooner().toMillis() + 999) / 1000);
    }
    return (int) Math.min(seconds, MAX_VISIBILITY_SECONDS);
  }

  /**
   * The redrive policy's maxReceiveCount of a pipeline queue (shared-model {@link Queues}); unknown
   * queues: none.
   */
  static int maxReceiveCount(String queueName) {
    return Queues.ALL.stream()
        .filter(q -> q.name().equals(queueName))
        .mapToInt(QueueSpec::maxReceiveCount)
        .findFirst()
        .orElse(Integer.MAX_VALUE);
  }
}
