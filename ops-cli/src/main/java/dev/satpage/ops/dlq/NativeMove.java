package dev.satpage.ops.dlq;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Runs the service's own DLQ redrive ({@code StartMessageMoveTask}) and follows it ({@code
 * ListMessageMoveTasks}) until it is no longer RUNNING. The service keeps attributes and deletes
 * each message only after moving it; it does not apply filters, the loop guard or the replay
 * counter.
 */
public final class NativeMove {
  private final OpsQueues queues;
  private final Pacer.Sleeper sleeper;
  private final Duration pollInterval;

  public NativeMove(OpsQueues queues, Pacer.Sleeper sleeper, Duration pollInterval) {
    this.queues = queues;
    this.sleeper = sleeper;
    this.pollInterval = pollInterval;
  }

  /**
   * Starts the move, reports every poll to {@code progress}, and returns the task's final state.
   */
  public MoveTask run(
      String deadLetterQueue,
      String destination,
      OptionalInt perSecond,
      Consumer<MoveTask> progress) {
    queues.status(deadLetterQueue);
    if (destination != null) {
      queues.status(destination);
    }
    String handle = queues.startMove(deadLetterQueue, destination, perSecond);
    while (true) {
      MoveTask task = queues.moveTask(deadLetterQueue);
      progress.accept(task);
      if (!task.running() && (task.handle() == null || task.handle().equals(handle))) {
        return task;
      }
      try {
        sleeper.sleepNanos(pollInterval.toNanos());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(
            "interrupted; the move task " + handle + " goes on in the service", e);
      }
    }
  }
}
