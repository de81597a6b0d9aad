package dev.satpage.model.testing;

import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.OutboundMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link JobQueue} that keeps what was sent, per queue, in order; thread-safe. */
public final class InMemoryJobQueue implements JobQueue {
  private final Map<String, List<OutboundMessage>> sent = new ConcurrentHashMap<>();

  @Override
  public void send(String queueName, OutboundMessage message) {
    sent.computeIfAbsent(queueName, q -> java.util.Collections.synchronizedList(new ArrayList<>())).add(message);
  }

  @Override
  public void sendAll(String queueName, List<OutboundMessage> messages) {
    messages.forEach(m -> send(queueName, m));
  }

  /** Everything sent to a queue so far. */
  public List<OutboundMessage> sent(String queueName) {
    List<OutboundMessage> list = sent.get(queueName);
    if (list == null) {
      return List.of();
    }
    synchronized (list) {
      return List.copyOf(list);
    }
  }

  /** Removes and returns everything sent to a queue so far. */
  public List<OutboundMessage> drain(String queueName) {
    List<OutboundMessage> list = sent.get(queueName);
    if (list == null) {
      return List.of();
    }
    synchronized (list) {
      List<OutboundMessage> copy = List.copyOf(list);
      list.clear();
      return copy;
    }
  }
}
