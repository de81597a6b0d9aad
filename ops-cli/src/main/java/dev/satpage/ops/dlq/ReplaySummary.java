package dev.satpage.ops.dlq;

import java.util.List;

/**
 * What a replay did. In a dry run {@code moved} counts the messages that would have moved and
 * nothing changed. {@code duplicated} counts copies sent whose original could not be deleted: they
 * stay in the DLQ and a later replay delivers them a second time (the consumers are idempotent),
 * never zero times. {@code refused} counts dead letters whose body the target queue's consumers
 * could not read (left in the DLQ, reason in {@code failures}); {@code returned} counts copies this
 * run sent that failed again and came back (left in the DLQ: one run replays a dead letter at most
 * once).
 */
public record ReplaySummary(
    String deadLetterQueue,
    String target,
    boolean dryRun,
    int examined,
    int moved,
    int heldBack,
    int skippedByFilter,
    int failed,
    int duplicated,
    int refused,
    int returned,
    List<String> failures) {
  public ReplaySummary {
    failures = List.copyOf(failures);
  }
}
