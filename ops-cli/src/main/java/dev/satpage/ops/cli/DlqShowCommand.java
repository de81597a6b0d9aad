package dev.satpage.ops.cli;

import dev.satpage.model.queue.QueueSpec;
import dev.satpage.ops.dlq.DeadLetter;
import dev.satpage.ops.dlq.Peek;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dlq show DLQ}: the messages of a DLQ and why they failed, read without consuming them. */
@Command(
    name = "show",
    description = "Messages of a DLQ with their failure reason; reading does not consume them.")
final class DlqShowCommand implements Callable<Integer> {
  /**
   * One message as shown; {@code firstFailedAt} is empty for redrive moves (they carry no failure
   * attributes).
   */
  record Row(
      String messageId,
      String reason,
      String reasonText,
      int receiveCount,
      int replayCount,
      String firstFailedAt,
      Instant sentAt,
      String orderId,
      String bookId,
      String groupId,
      String body) {}

  private final Backend.Factory backends;

  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(
      index = "0",
      paramLabel = "DLQ",
      description = "dead-letter queue name, e.g. satpage-render-jobs-dlq")
  String dlq;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "at most this many messages (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--json", description = "one JSON document on stdout, bodies included")
  boolean json;

  DlqShowCommand(Backend.Factory backends) {
    this.backends = backends;
  }

  @Override
  public Integer call() {
    requireDeadLetterQueue(dlq);
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be >= 1: " + limit);
    }
    List<Row> rows;
    try (Backend backend = backends.open(connection.connection())) {
      rows = new Peek(backend.queues()).read(dlq, limit).stream().map(DlqShowCommand::row).toList();
    }
    Output out = new Output(spec);
    if (json) {
      out.json(rows);
      return 0;
    }
    out.line("%d message(s) in %s (read without consuming)", rows.size(), dlq);
    for (Row r : rows) {
      out.line(
          "- %s  received %dx  replayed %dx  first failed %s  sent %s",
          r.messageId(),
          r.receiveCount(),
          r.replayCount(),
          Output.orDash(r.firstFailedAt()),
          Output.orDash(r.sentAt()));
      out.line(
          "    order %s  book %s%s",
          Output.orDash(r.orderId()),
          Output.orDash(r.bookId()),
          r.groupId() == null ? "" : "  group " + r.groupId());
      out.line("    reason: %s", r.reasonText());
    }
    return 0;
  }

  /**
   * Only DLQs: a read counts as a receive, and on a queue with a redrive policy enough reads would
   * move a message to its DLQ.
   * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html
   */
  static void requireDeadLetterQueue(String queue) {
    if (!queue.endsWith(QueueSpec.DLQ_SUFFIX) && !queue.endsWith(QueueSpec.DLQ_SUFFIX + ".fifo")) {
      throw new IllegalArgumentException(
          "'"
              + queue
              + "' is not a DLQ (name ending in "
              + QueueSpec.DLQ_SUFFIX
              + "): reading a live queue counts towards its maxReceiveCount");
    }
  }

  private static Row row(DeadLetter m) {
    return new Row(
        m.messageId(),
        m.reason(),
        m.reasonText(),
        m.receiveCount(),
        m.replayCount(),
        m.firstFailedAt().orElse(null),
        m.sentAt(),
        m.orderId().orElse(null),
        m.bookId().orElse(null),
        m.groupId(),
        m.body());
  }
}
