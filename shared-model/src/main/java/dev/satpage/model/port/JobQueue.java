package dev.satpage.model.port;

import java.util.List;

/** Sends messages to the pipeline's queues, named as in {@link dev.satpage.model.queue.Queues}. */
public interface JobQueue {
  /** Sends one message; returns once the queue has accepted it. */
  void send(String queueName, OutboundMessage message);

  /** Sends several messages (in batches where the queue supports it); returns once all were accepted, or throws. */
  void sendAll(String queueName, List<OutboundMessage> messages);
}
