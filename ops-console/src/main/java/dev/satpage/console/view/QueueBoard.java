package dev.satpage.console.view;

import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import dev.satpage.ops.dlq.DeadLetter;
import dev.satpage.ops.dlq.OpsQueues;
import dev.satpage.ops.dlq.Peek;
import dev.satpage.ops.dlq.QueueStatus;
import dev.satpage.ops.dlq.UnknownQueueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every pipeline queue and its DLQ, with counts; for each non-empty DLQ a sample of up to {@code
 * sample} messages, read without consuming them ({@link Peek}), gives the failure reasons and the
 * oldest message. Live queues are not sampled: a read would count towards their maxReceiveCount
 * (the oldest-message age of a live queue is CloudWatch's {@code ApproximateAgeOfOldestMessage} on
 * AWS:
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-available-cloudwatch-metrics.html).
 */
public final class QueueBoard {
  private final OpsQueues queues;
  private final Peek peek;
  private final int sample;

  public QueueBoard(OpsQueues queues, int sample) {
    this.queues = queues;
    this.peek = new Peek(queues);
    this.sample = sample;
  }

  public List<QueueRow> read() {
    List<QueueRow> rows = new ArrayList<>();
    for (QueueSpec q : Queues.ALL) {
      rows.add(row(q.name(), false));
      rows.add(row(q.deadLetterName(), true));
    }
    return rows;
  }

  /** Up to {@code sample} dead letters of one DLQ that the filter takes, in the order received. */
  public List<DeadLetter> deadLetters(String dlq, java.util.function.Predicate<DeadLetter> filter) {
    return peek.read(dlq, sample).stream().filter(filter).toList();
  }

  private QueueRow row(String name, boolean dlq) {
    QueueStatus s;
    try {
      s = queues.status(name);
    } catch (UnknownQueueException e) {
      return new QueueRow(name, dlq, 0, 0, 0, null, Map.of(), 0, true);
    }
    if (!dlq || s.visible() == 0) {
      return new QueueRow(
          name, dlq, s.visible(), s.inFlight(), s.delayed(), null, Map.of(), 0, false);
    }
    List<DeadLetter> read = peek.read(name, sample);
    Map<String, Integer> reasons = new TreeMap<>();
    read.forEach(m -> reasons.merge(m.reason(), 1, Integer::sum));
    Instant oldest =
        read.stream()
            .map(DeadLetter::sentAt)
            .filter(Objects::nonNull)
            .min(Comparator.naturalOrder())
            .orElse(null);
    return new QueueRow(
        name, true, s.visible(), s.inFlight(), s.delayed(), oldest, reasons, read.size(), false);
  }
}
