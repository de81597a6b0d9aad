package dev.satpage.ops.dlq;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/** Delegates every call; tests override one method to add behaviour around the real one. */
class ForwardingOpsQueues implements OpsQueues {
  private final OpsQueues delegate;

  ForwardingOpsQueues(OpsQueues delegate) {
    this.delegate = delegate;
  }

  @Override
  public QueueStatus status(String queue) {
    return delegate.status(queue);
  }

  @Override
  public boolean isFifo(String queue) {
    return delegate.isFifo(queue);
  }

  @Override
  public List<DeadLetter> receive(String queue, int max, Duration lease) {
    return delegate.receive(queue, max, lease);
  }

  @Override
  public void release(String queue, List<String> receiptHandles) {
    delegate.release(queue, receiptHandles);
  }

  @Override
  public void send(String queue, ReplayCopy copy) {
    delegate.send(queue, copy);
  }

  @Override
  public void delete(String queue, String receiptHandle) {
    delegate.delete(queue, receiptHandle);
  }

  @Override
  public String startMove(String deadLetterQueue, String destination, OptionalInt perSecond) {
    return delegate.startMove(deadLetterQueue, destination, perSecond);
  }

  @Override
  public MoveTask moveTask(String deadLetterQueue) {
    return delegate.moveTask(deadLetterQueue);
  }
}
