package dev.satpage.render.app;

import dev.satpage.aws.sqs.Delivery;
import dev.satpage.aws.sqs.MessageHandling;
import dev.satpage.aws.sqs.ReceivedMessage;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.queue.Queues;
import dev.satpage.render.service.RenderService;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.annotation.SqsListenerAcknowledgementMode;
import io.awspring.cloud.sqs.listener.Visibility;
import io.awspring.cloud.sqs.listener.acknowledgement.Acknowledgement;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Receives render jobs. {@link MessageHandling} decides which failures are dead-lettered at once
 * and which are left for SQS to redeliver — after a backoff from the receive count (seconds for a
 * first failure, such as an S3 blip), not after the queue's whole visibility timeout.
 * Acknowledgement is {@code MANUAL}: the message is deleted only when MessageHandling says so, and
 * an expected retry (another delivery holds the book's gate) is not thrown at Spring Cloud AWS,
 * which would log it at ERROR with a stack trace.
 */
@Component
class RenderJobListener {
  private final MessageHandling messageHandling;
  private final RenderService service;

  RenderJobListener(MessageHandling messageHandling, RenderService service) {
    this.messageHandling = messageHandling;
    this.service = service;
  }

  // Rendering is CPU-bound: two jobs at a time, each free slot receiving one job at once
  // (WorkerListenerContainers:
  // one slow book does not hold the other slot back).
  @SqsListener(
      value = Queues.RENDER_JOBS_NAME,
      factory = RenderWorkerConfiguration.LISTENER_FACTORY,
      maxConcurrentMessages = "2",
      acknowledgementMode = SqsListenerAcknowledgementMode.MANUAL)
  void onMessage(Message message, Visibility visibility, Acknowledgement acknowledgement) {
    // The SQS message id is the same on every redelivery: a retry of our own interrupted attempt
    // takes its gate over.
    Delivery delivery =
        messageHandling.process(
            Queues.RENDER_JOBS_NAME,
            ReceivedMessage.of(message),
            visibility::changeTo,
            body -> service.handle(Json.read(body, RenderJob.class), message.messageId()));
    if (delivery.acknowledged()) {
      acknowledgement.acknowledge();
    }
  }
}
