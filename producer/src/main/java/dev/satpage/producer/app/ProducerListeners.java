package dev.satpage.producer.app;

import dev.satpage.aws.sqs.MessageHandling;
import dev.satpage.aws.sqs.ReceivedMessage;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.message.ImageryFailed;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.queue.Queues;
import dev.satpage.producer.coordinator.Coordinator;
import dev.satpage.producer.intake.OrderIntake;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.Visibility;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * SQS entry points of the producer. Each hands the received message to {@link MessageHandling}, which acknowledges on
 * success, dead-letters permanent failures with their reason, and leaves transient ones for redelivery after a backoff
 * set through the message's visibility.
 * {@code maxMessagesPerPoll} must not exceed {@code maxConcurrentMessages} (Spring Cloud AWS refuses to start otherwise).
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

  @SqsListener(value = Queues.ORDER_PLACED_NAME, maxConcurrentMessages = "${satpage.producer.order-concurrency:4}",
      maxMessagesPerPoll = "${satpage.producer.order-concurrency:4}")
  void onOrderPlaced(Message message, Visibility visibility) {
    handling.process(Queues.ORDER_PLACED_NAME, ReceivedMessage.of(message), visibility::changeTo,
        body -> intake.handle(Json.read(body, OrderPlaced.class)));
  }

  @SqsListener(value = Queues.IMAGERY_COMPLETED_NAME, maxConcurrentMessages = "${satpage.coordinator.concurrency:8}",
      maxMessagesPerPoll = "${satpage.coordinator.concurrency:8}")
  void onImageryCompleted(Message message, Visibility visibility) {
    handling.process(
        Queues.IMAGERY_COMPLETED_NAME,
        ReceivedMessage.of(message),
        visibility::changeTo,
        body -> coordinator.onCompleted(Json.read(body, ImageryCompleted.class), message.messageId()));
  }

  @SqsListener(value = Queues.IMAGERY_FAILED_NAME, maxConcurrentMessages = "2", maxMessagesPerPoll = "2")
  void onImageryFailed(Message message, Visibility visibility) {
    handling.process(Queues.IMAGERY_FAILED_NAME, ReceivedMessage.of(message), visibility::changeTo,
        body -> coordinator.onFailed(Json.read(body, ImageryFailed.class)));
  }
}
