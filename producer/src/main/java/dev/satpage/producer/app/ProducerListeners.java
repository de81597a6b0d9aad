package dev.satpage.producer.app;

import dev.satpage.aws.sqs.Delivery;
import dev.satpage.aws.sqs.MessageHandling;
import dev.satpage.aws.sqs.ReceivedMessage;
import dev.satpage.aws.trace.BookTraces;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.message.ImageryFailed;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.queue.Queues;
import dev.satpage.producer.coordinator.Coordinator;
import dev.satpage.producer.intake.OrderIntake;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.annotation.SqsListenerAcknowledgementMode;
import io.awspring.cloud.sqs.listener.Visibility;
import io.awspring.cloud.sqs.listener.acknowledgement.Acknowledgement;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * SQS entry points of the producer. Each hands the received message to {@link MessageHandling},
 * which dead-letters permanent failures with their reason and leaves transient ones for redelivery
 * after a backoff set through the message's visibility; the listener acknowledges ({@code MANUAL}
 * mode) only when it says so. Nothing is thrown at Spring Cloud AWS, which would log an expected
 * retry — a render gate held by a concurrent completion — at ERROR with a stack trace. {@code
 * maxMessagesPerPoll} must not exceed {@code maxConcurrentMessages} (Spring Cloud AWS refuses to
 * start otherwise).
 */
class ProducerListeners {
  private final MessageHandling handling;
  private final OrderIntake intake;
  private final Coordinator coordinator;

  ProducerListeners(MessageHandling handling, OrderIntake intake, Coordinator coordinator) {
    this.handling = handling;
    this.intake = intake;
    this.coordinator = coordinator;
  }

  @SqsListener(
      value = Queues.ORDER_PLACED_NAME,
      maxConcurrentMessages = "${satpage.producer.order-concurrency:4}",
      maxMessagesPerPoll = "${satpage.producer.order-concurrency:4}",
      acknowledgementMode = SqsListenerAcknowledgementMode.MANUAL)
  void onOrderPlaced(Message message, Visibility visibility, Acknowledgement acknowledgement) {
    acknowledgeIf(
        handling.process(
            Queues.ORDER_PLACED_NAME,
            ReceivedMessage.of(message),
            visibility::changeTo,
            // one trace per book of the order, each linked to the order's span (BookTraces)
            body -> BookTraces.perBook(() -> intake.handle(Json.read(body, OrderPlaced.class)))),
        acknowledgement);
  }

  @SqsListener(
      value = Queues.IMAGERY_COMPLETED_NAME,
      maxConcurrentMessages = "${satpage.coordinator.concurrency:8}",
      maxMessagesPerPoll = "${satpage.coordinator.concurrency:8}",
      acknowledgementMode = SqsListenerAcknowledgementMode.MANUAL)
  void onImageryCompleted(Message message, Visibility visibility, Acknowledgement acknowledgement) {
    acknowledgeIf(
        handling.process(
            Queues.IMAGERY_COMPLETED_NAME,
            ReceivedMessage.of(message),
            visibility::changeTo,
            body ->
                coordinator.onCompleted(
                    Json.read(body, ImageryCompleted.class), message.messageId())),
        acknowledgement);
  }

  @SqsListener(
      value = Queues.IMAGERY_FAILED_NAME,
      maxConcurrentMessages = "2",
      maxMessagesPerPoll = "2",
      acknowledgementMode = SqsListenerAcknowledgementMode.MANUAL)
  void onImageryFailed(Message message, Visibility visibility, Acknowledgement acknowledgement) {
    acknowledgeIf(
        handling.process(
            Queues.IMAGERY_FAILED_NAME,
            ReceivedMessage.of(message),
            visibility::changeTo,
            body -> coordinator.onFailed(Json.read(body, ImageryFailed.class))),
        acknowledgement);
  }

  /**
   * Deletes the message when {@link MessageHandling} decided so; otherwise it comes back after its
   * backoff.
   */
  private static void acknowledgeIf(Delivery delivery, Acknowledgement acknowledgement) {
    if (delivery.acknowledged()) {
      acknowledgement.acknowledge();
    }
  }
}
