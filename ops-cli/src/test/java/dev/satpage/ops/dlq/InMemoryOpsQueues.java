package dev.satpage.ops.dlq;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * {@link OpsQueues} in memory, with SQS's lease semantics: a received message is hidden until its
 * lease ends, a new receive gives a new receipt handle and the old one stops working. FIFO group
 * locking is not modelled.
 */
public final class InMemoryOpsQueues implements OpsQueues {
  private final Clock clock;
  private final Map<String, Map<String, Stored>> queues = new LinkedHashMap<>();
  private final Map<String, String> deadLetterSource = new HashMap<>();
  private final Map<String, MoveTask> moves = new HashMap<>();

  /** Sends to this queue fail while set (to test that nothing is deleted then). */
  public volatile String failSendsTo;

  private static final class Stored {
    final String id;
    final ReplayCopy content;
    final Instant sentAt;
    int receives;
    Instant visibleAt = Instant.MIN;
    String handle;

    Stored(String id, ReplayCopy content, Instant sentAt) {
      this.id = id;
      this.content = content;
      this.sentAt = sentAt;
    }
  }

  public InMemoryOpsQueues(Clock clock) {
    this.clock = clock;
  }

  /**
   * Creates a queue and, when {@code deadLetterQueue} is not null, records it as that DLQ's source.
   */
  public synchronized void create(String queue, String deadLetterQueue) {
    queues.putIfAbsent(queue, new LinkedHashMap<>());
    if (deadLetterQueue != null) {
      queues.putIfAbsent(deadLetterQueue, new LinkedHashMap<>());
      deadLetterSource.put(deadLetterQueue, queue);
    }
  }

  private Map<String, Stored> q(String queue) {
    Map<String, Stored> m = queues.get(queue);
    if (m == null) {
      throw new UnknownQueueException(queue);
    }
    return m;
  }

  @Override
  public synchronized QueueStatus status(String queue) {
    Instant now = clock.instant();
    long visible = q(queue).values().stream().filter(s -> !s.visibleAt.isAfter(now)).count();
    return new QueueStatus(queue, visible, q(queue).size() - visible, 0);
  }

  @Override
  public synchronized boolean isFifo(String queue) {
    q(queue);
    return queue.endsWith(".fifo");
  }

  @Override
  public synchronized List<DeadLetter> receive(String queue, int max, Duration lease) {
    Instant now = clock.instant();
    List<DeadLetter> out = new ArrayList<>();
    for (Stored s : q(queue).values()) {
      if (out.size() == Math.min(10, max)) {
        break;
      }
      if (!s.visibleAt.isAfter(now)) {
        s.receives++;
        s.visibleAt = now.plus(lease);
        s.handle = UUID.randomUUID().toString();
        out.add(
            new DeadLetter(
                s.id,
                s.handle,
                s.content.body(),
                s.content.attributes(),
                s.receives,
                s.sentAt,
                s.content.groupId(),
                s.content.deduplicationId()));
      }
    }
    return out;
  }

  @Override
  public synchronized void release(String queue, List<String> receiptHandles) {
    q(queue).values().stream()
        .filter(s -> s.handle != null && receiptHandles.contains(s.handle))
        .forEach(s -> s.visibleAt = Instant.MIN);
  }

  @Override
  public synchronized void send(String queue, ReplayCopy copy) {
    if (queue.equals(failSendsTo)) {
      throw new IllegalStateException("send refused (test)");
    }
    String id = UUID.randomUUID().toString();
    q(queue).put(id, new Stored(id, copy, clock.instant()));
  }

  @Override
  public synchronized void delete(String queue, String receiptHandle) {
    Optional<Stored> s =
        q(queue).values().stream().filter(m -> receiptHandle.equals(m.handle)).findFirst();
    s.ifPresent(m -> q(queue).remove(m.id));
  }

  @Override
  public synchronized String startMove(
      String deadLetterQueue, String destination, OptionalInt perSecond) {
    String target = destination != null ? destination : deadLetterSource.get(deadLetterQueue);
    if (target == null) {
      throw new IllegalArgumentException(deadLetterQueue + " is no DLQ of any queue");
    }
    List<Stored> all = new ArrayList<>(q(deadLetterQueue).values());
    all.forEach(s -> send(target, s.content));
    q(deadLetterQueue).clear();
    String handle = UUID.randomUUID().toString();
    moves.put(
        deadLetterQueue, new MoveTask(handle, MoveTask.COMPLETED, all.size(), all.size(), null));
    return handle;
  }

  @Override
  public synchronized MoveTask moveTask(String deadLetterQueue) {
    MoveTask t = moves.get(deadLetterQueue);
    if (t == null) {
      throw new IllegalStateException("no message move task for " + deadLetterQueue);
    }
    return t;
  }
}
