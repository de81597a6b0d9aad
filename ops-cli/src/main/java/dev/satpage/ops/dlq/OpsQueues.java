package dev.satpage.ops.dlq;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * The queues as ops sees them (SQS in production, ElasticMQ locally): counts, leased reads, copies,
 * deletes and the service's own DLQ redrive. Every method naming a queue that does not exist throws
 * {@link UnknownQueueException}.
 */
public interface OpsQueues {
  /** Approximate counts of one queue. */
  QueueStatus status(String queue);

  /** Whether the queue is a FIFO queue (its name ends in {@code .fifo}). */
  boolean isFifo(String queue);

  /**
   * Receives up to {@code max} (at most 10) visible messages and hides them for {@code lease};
   * returns an empty list when none is visible. A message not deleted or released reappears when
   * the lease ends: a crash loses nothing.
   */
  List<DeadLetter> receive(String queue, int max, Duration lease);

  /** Makes leased messages visible again now (visibility timeout 0). */
  void release(String queue, List<String> receiptHandles);

  /** Sends a copy; returns once the queue accepted it, or throws. */
  void send(String queue, ReplayCopy copy);

  /** Deletes a leased message. */
  void delete(String queue, String receiptHandle);

  /**
   * Starts the service's own move of every message out of a DLQ: back to the queues it came from
   * when {@code destination} is null, else to {@code destination}; {@code perSecond} empty lets the
   * service choose.
   */
  String startMove(String deadLetterQueue, String destination, OptionalInt perSecond);

  /** The most recent move task of a DLQ. */
  MoveTask moveTask(String deadLetterQueue);
}
