package dev.satpage.model.port;

import java.util.List;

/**
 * Sends messages to the pipeline's queues, named as in {@link dev.satpage.model.queue.Queues}. What
 * the queue can never accept is a {@link dev.satpage.model.failure.PermanentFailure}, before
 * anything of the call is sent, with reason {@code message-too-large} (body and attributes over the
 * queue's size limit, which the detail names), {@code too-many-attributes}, {@code
 * duplicate-message-id} (two messages of one {@code sendAll} with the same id) or {@code
 * queue-refused-message} (refused by the queue itself); anything that may pass is a {@link
 * dev.satpage.model.failure.TransientFailure}.
 */
public interface JobQueue {
  /** Sends one message; returns once the queue has accepted it. */
  void send(String queueName, OutboundMessage message);

  /**
   * Sends several messages (in batches where the queue supports it); returns once all were
   * accepted, or throws.
   */
  void sendAll(String queueName, List<OutboundMessage> messages);
}
