package dev.satpage.ops.cli;

import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import dev.satpage.ops.ExitCode;
import dev.satpage.ops.dlq.DeadLetter;
import dev.satpage.ops.dlq.Peek;
import dev.satpage.ops.dlq.QueueStatus;
import dev.satpage.ops.dlq.UnknownQueueException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code queues}: every pipeline queue and its DLQ. The oldest message's age is shown for DLQs
 * only, from a sample of up to 10 (read without consuming): reading a live queue would count as a
 * receive towards its maxReceiveCount. On AWS the CloudWatch metric {@code
 * ApproximateAgeOfOldestMessage} gives it for live queues. A queue that does not exist is listed as
 * missing and the others are still shown; the command then exits {@code NOT_FOUND}.
 */
@Command(
    name = "queues",
    description = "Every pipeline queue and its DLQ: visible, in flight, delayed, oldest.")
final class QueuesCommand implements Callable<Integer> {
  /** One row of the listing. {@code oldestSentAt} is null for live queues and empty DLQs. */
  record Row(
      String queue,
      boolean deadLetterQueue,
      long visible,
      long inFlight,
      long delayed,
      Instant oldestSentAt,
      boolean needsAttention,
      boolean missing) {}

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
        rows.add(
            status(backend, q.name(), false)
                .map(s -> row(s, false, null))
                .orElse(missing(q.name(), false)));
        rows.add(
            status(backend, q.deadLetterName(), true)
                .map(
                    dlq -> {
                      Instant oldest =
                          dlq.visible() == 0
                              ? null
                              : peek.read(q.deadLetterName(), 10).stream()
                                  .map(DeadLetter::sentAt)
                                  .filter(Objects::nonNull)
                                  .min(Comparator.naturalOrder())
                                  .orElse(null);
                      return row(dlq, true, oldest);
                    })
                .orElse(missing(q.deadLetterName(), true)));
      }
    }
    Output out = new Output(spec);
    List<String> missing = rows.stream().filter(Row::missing).map(Row::queue).toList();
    int exit = missing.isEmpty() ? ExitCode.OK : ExitCode.NOT_FOUND;
    if (json) {
      out.json(rows);
      return exit;
    }
    Instant now = clock.instant();
    out.line(
        "%-2s %-38s %8s %9s %8s %8s", "", "QUEUE", "VISIBLE", "IN-FLIGHT", "DELAYED", "OLDEST");
    for (Row r : rows) {
      if (r.missing()) {
        out.line("%-2s %-38s %s", "??", r.queue(), "missing: no such queue at this endpoint");
        continue;
      }
      out.line(
          "%-2s %-38s %8d %9d %8d %8s",
          r.needsAttention() ? "!!" : "",
          r.queue(),
          r.visible(),
          r.inFlight(),
          r.delayed(),
          r.deadLetterQueue() ? Output.age(r.oldestSentAt(), now) : "n/a");
    }
    long dead = rows.stream().filter(Row::needsAttention).count();
    out.line(
        dead == 0 ? "no dead letters" : "!! " + dead + " DLQ(s) hold messages: ops dlq show <DLQ>");
    if (!missing.isEmpty()) {
      out.line(
          "?? %d queue(s) missing: %s — check --endpoint-url/--region/--profile, or deploy infra/terraform "
              + "(locally: ./satpage devstack creates every queue)",
          missing.size(), String.join(", ", missing));
    }
    return exit;
  }

  private static Optional<QueueStatus> status(Backend backend, String queue, boolean dlq) {
    try {
      return Optional.of(backend.queues().status(queue));
    } catch (UnknownQueueException e) {
      return Optional.empty();
    }
  }

  private static Row missing(String queue, boolean dlq) {
    return new Row(queue, dlq, 0, 0, 0, null, false, true);
  }

  private static Row row(QueueStatus s, boolean dlq, Instant oldest) {
    return new Row(
        s.name(), dlq, s.visible(), s.inFlight(), s.delayed(), oldest, dlq && s.total() > 0, false);
  }
}
