package dev.satpage.producer.coordinator;

import java.time.Duration;

/**
 * What the coordinator reports as it goes: metrics in the app, and crash injection in tests (an
 * observer that throws after a step simulates the process dying there; the message is then
 * redelivered).
 */
public interface CoordinatorObserver {
  /** Steps of handling one completion, in order. */
  enum Step {
    /** The create-once completion marker is written (or already was). */
    MARKER_WRITTEN,
    /**
     * The book is complete and the dispatch gate is claimed; the patched Definition File, written
     * at the same time, may not be yet, and the render job is not sent.
     */
    DISPATCH_CLAIMED,
    /** The patched Definition File is written too; the render job is not sent yet. */
    PATCHED_WRITTEN,
    /** The render job is sent; the gate is not marked done yet. */
    RENDER_JOB_SENT,
    /**
     * The gate is done; the pending-index entry is not removed yet and the message not
     * acknowledged.
     */
    DISPATCH_DONE
  }

  CoordinatorObserver NONE = new CoordinatorObserver() {};

  default void stepDone(Step step, String bookId) {}

  /**
   * A redelivered or duplicate message that changed nothing ({@code what}: completion, dispatch).
   */
  default void duplicateAbsorbed(String bookId, String what) {}

  /** The render job was sent; {@code fanIn} is the time from the last completion to now. */
  default void dispatched(String bookId, Duration fanIn) {}
}
