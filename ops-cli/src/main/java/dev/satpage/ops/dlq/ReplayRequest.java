package dev.satpage.ops.dlq;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * One replay: from {@code deadLetterQueue} to {@code target}, what to take ({@code policy}), at
 * most {@code maxMoves} messages (0 = all), how long each received message stays hidden while this
 * run holds it ({@code lease}), whether each body is first checked against the target queue's
 * message contract ({@code checkContracts}), and the run's id ({@code runId}, stamped on every copy
 * so a copy that fails again and comes back is not replayed twice by this run).
 */
public record ReplayRequest(
    String deadLetterQueue,
    String target,
    ReplayPolicy policy,
    int maxMoves,
    boolean dryRun,
    Duration lease,
    boolean checkContracts,
    String runId) {
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);

  public ReplayRequest {
    Objects.requireNonNull(deadLetterQueue, "deadLetterQueue");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(runId, "runId");
    if (maxMoves < 0) {
      throw new IllegalArgumentException("--max must be >= 0: " + maxMoves);
    }
    if (lease.toSeconds() < 1
        || lease.toSeconds() > 43_200) { // SQS visibility timeout range, 12 h at most
      throw new IllegalArgumentException("--lease must be within 1s..12h: " + lease);
    }
    if (deadLetterQueue.equals(target)) {
      throw new IllegalArgumentException("the target must not be the DLQ itself: " + target);
    }
  }

  /** A checked replay with a new run id. */
  public ReplayRequest(
      String deadLetterQueue,
      String target,
      ReplayPolicy policy,
      int maxMoves,
      boolean dryRun,
      Duration lease) {
    this(
        deadLetterQueue,
        target,
        policy,
        maxMoves,
        dryRun,
        lease,
        true,
        UUID.randomUUID().toString());
  }
}
