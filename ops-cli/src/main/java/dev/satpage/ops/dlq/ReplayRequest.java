package dev.satpage.ops.dlq;

import java.time.Duration;
import java.util.Objects;

/**
 * One replay: from {@code deadLetterQueue} to {@code target}, what to take ({@code policy}), at most {@code maxMoves}
 * messages (0 = all), and how long each received message stays hidden while this run holds it ({@code lease}).
 */
public record ReplayRequest(
    String deadLetterQueue, String target, ReplayPolicy policy, int maxMoves, boolean dryRun, Duration lease) {
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);

  public ReplayRequest {
    Objects.requireNonNull(deadLetterQueue, "deadLetterQueue");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(policy, "policy");
    if (maxMoves < 0) {
      throw new IllegalArgumentException("--max must be >= 0: " + maxMoves);
    }
    if (lease.toSeconds() < 1 || lease.toSeconds() > 43_200) { // SQS visibility timeout range, 12 h at most
      throw new IllegalArgumentException("--lease must be within 1s..12h: " + lease);
    }
    if (deadLetterQueue.equals(target)) {
      throw new IllegalArgumentException("the target must not be the DLQ itself: " + target);
    }
  }
}
