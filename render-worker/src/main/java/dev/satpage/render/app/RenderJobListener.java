package dev.satpage.render.app;

import dev.satpage.aws.sqs.MessageHandling;
import dev.satpage.aws.sqs.ReceivedMessage;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.queue.Queues;
import dev.satpage.render.service.RenderService;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.Visibility;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Receives render jobs. Returning normally acknowledges (deletes) the message; {@link MessageHandling} decides which
 * failures are dead-lettered at once and which are rethrown so SQS redelivers them — after a backoff from the receive
 * count (seconds for a first failure, such as an S3 blip), not after the queue's whole visibility timeout.
 */
@Component
class RenderJobListener {
  private final MessageHandling messageHandling;
  private final RenderService service;

  RenderJobListener(MessageHandling messageHandling, RenderService service) {
    this.messageHandling = messageHandling;
    this.service = service;
  }

  // Rendering is CPU-bound: two jobs at a time. Spring Cloud AWS refuses maxMessagesPerPoll (default 10) above
  // maxConcurrentMessages, so it is lowered with it.
  @SqsListener(value = Queues.RENDER_JOBS_NAME, maxConcurrentMessages = "2", maxMessagesPerPoll = "2")
  void onMessage(Message message, Visibility visibility) {
    // The SQS message id is the same on every redelivery: a retry of our own interrupted attempt takes its gate over.
    messageHandling.process(Queues.RENDER_JOBS_NAME, ReceivedMessage.of(message), visibility::changeTo,
        body -> service.handle(Json.read(body, RenderJob.class), message.messageId()));
  }
}
