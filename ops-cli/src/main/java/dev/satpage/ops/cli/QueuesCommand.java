package dev.satpage.ops.cli;

import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import dev.satpage.ops.dlq.DeadLetter;
import dev.satpage.ops.dlq.Peek;
import dev.satpage.ops.dlq.QueueStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code queues}: every pipeline queue and its DLQ. The oldest message's age is shown for DLQs only, from a sample of
 * up to 10 (read without consuming): reading a live queue would count as a receive towards its maxReceiveCount. On AWS
 * the CloudWatch metric {@code ApproximateAgeOfOldestMessage} gives it for live queues.
 */
@Command(name = "queues", description = "Every pipeline queue and its DLQ: visible, in flight, delayed, oldest.")
final class QueuesCommand implements Callable<Integer> {
  /** One row of the listing. {@code oldestSentAt} is null for live queues and empty DLQs. */
  record Row(String queue, boolean deadLetterQueue, long visible, long inFlight, long delayed, Instant oldestSentAt,
      boolean needsAttention) {}

  private final Backend.Factory backends;
  private final Clock clock;

  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Option(names = "--json", description = "one JSON document on stdout")
  boolean json;

  QueuesCommand(Backend.Factory backends, Clock clock) {
    this.backends = backends;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    List<Row> rows = new ArrayList<>();
    try (Backend backend = backends.open(connection.connection())) {
      Peek peek = new Peek(backend.queues());
      for (QueueSpec q : Queues.ALL) {
        rows.add(row(backend.queues().status(q.name()), false, null));
        QueueStatus dlq = backend.queues().status(q.deadLetterName());
        Instant oldest = dlq.visible() == 0 ? null : peek.read(q.deadLetterName(), 10).stream()
            .map(DeadLetter::sentAt).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        rows.add(row(dlq, true, oldest));
      }
    }
    Output out = new Output(spec);
    if (json) {
      out.json(rows);
      return 0;
    }
    Instant now = clock.instant();
    out.line("%-2s %-38s %8s %9s %8s %8s", "", "QUEUE", "VISIBLE", "IN-FLIGHT", "DELAYED", "OLDEST");
    for (Row r : rows) {
      out.line("%-2s %-38s %8d %9d %8d %8s", r.needsAttention() ? "!!" : "", r.queue(), r.visible(), r.inFlight(),
          r.delayed(), r.deadLetterQueue() ? Output.age(r.oldestSentAt(), now) : "n/a");
    }
    long dead = rows.stream().filter(Row::needsAttention).count();
    out.line(dead == 0 ? "no dead letters" : "!! " + dead + " DLQ(s) hold messages: ops dlq show <DLQ>");
    return 0;
  }

  private static Row row(QueueStatus s, boolean dlq, Instant oldest) {
    return new Row(s.name(), dlq, s.visible(), s.inFlight(), s.delayed(), oldest, dlq && s.total() > 0);
  }
}
