package dev.satpage.e2e.beforeafter;

import java.time.Duration;

/**
 * One request of a step: its kind, how long it took (up to its failure), and whether it was served
 * without error within the timeout.
 */
public record Outcome(RequestKind kind, Duration latency, boolean ok) {
  public Outcome {
    if (kind == null || latency == null || latency.isNegative()) {
      throw new IllegalArgumentException("kind and a non-negative latency are required");
    }
  }
}
