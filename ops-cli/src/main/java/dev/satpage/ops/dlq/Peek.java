package dev.satpage.ops.dlq;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads messages without consuming them: receives with a short lease, then makes every message
 * visible again at once (even if reading failed half-way). If this process dies first, the lease
 * ends by itself within {@link #LEASE}.
 */
public final class Peek {
  /** Long enough to read a few batches without seeing the same message twice; short if we crash. */
  public static final Duration LEASE = Duration.ofSeconds(30);

  private final OpsQueues queues;

  public Peek(OpsQueues queues) {
    this.queues = queues;
  }

  /** Up to {@code limit} distinct messages of the queue, in the order received. */
  public List<DeadLetter> read(String queue, int limit) {
    Map<String, DeadLetter> byId = new LinkedHashMap<>();
    List<String> handles = new ArrayList<>();
    try {
      while (byId.size() < limit) {
        List<DeadLetter> batch = queues.receive(queue, Math.min(10, limit - byId.size()), LEASE);
        boolean fresh = false;
        for (DeadLetter m : batch) {
          handles.add(m.receiptHandle());
          fresh |= byId.putIfAbsent(m.messageId(), m) == null;
        }
        if (!fresh) {
          break;
        }
      }
    } finally {
      if (!handles.isEmpty()) {
        queues.release(queue, handles);
      }
    }
    return List.copyOf(byId.values());
  }
}
