package dev.satpage.ops.dlq;

/** A service-side DLQ redrive ({@code StartMessageMoveTask}) and where it stands. */
public record MoveTask(
    String handle, String status, long moved, long toMove, String failureReason) {
  public static final String RUNNING = "RUNNING";
  public static final String COMPLETED = "COMPLETED";

  public boolean running() {
    return RUNNING.equals(status);
  }
}
