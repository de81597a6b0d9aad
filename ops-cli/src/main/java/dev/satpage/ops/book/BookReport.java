package dev.satpage.ops.book;

import java.util.List;

/**
 * Where one book stands, from S3 and the DLQs: its state as the status API reports it ({@code
 * PENDING}, {@code BLOCKED}, {@code RENDERING}, {@code READY}), each dependency's state, the render
 * gates, and which DLQ holds messages about it. {@code stage} is one line for people ({@code
 * waiting for imagery (1/3 resolved)}, {@code rendered}, …).
 */
public record BookReport(
    String bookId,
    String orderId,
    int version,
    String definitionUri,
    String state,
    String stage,
    List<DependencyStatus> dependencies,
    boolean patched,
    String renderDispatch,
    String rendered,
    int renderedPages,
    List<DeadLetterHit> deadLetters) {
  /** One dependency: PENDING, RESOLVED or FAILED (with the reason from its failure marker). */
  public record DependencyStatus(String id, String state, String printUri, String failureReason) {}

  /** A message about the book found in a DLQ. */
  public record DeadLetterHit(
      String queue, String messageId, String reason, int receiveCount, int replayCount) {}

  public BookReport {
    dependencies = List.copyOf(dependencies);
    deadLetters = List.copyOf(deadLetters);
  }
}
