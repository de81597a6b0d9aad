package dev.satpage.ops.cli;

import dev.satpage.model.queue.QueueSpec;
import dev.satpage.ops.ExitCode;
import dev.satpage.ops.dlq.MoveTask;
import dev.satpage.ops.dlq.NativeMove;
import dev.satpage.ops.dlq.Pacer;
import dev.satpage.ops.dlq.QueueStatus;
import dev.satpage.ops.dlq.ReplayFilter;
import dev.satpage.ops.dlq.ReplayPolicy;
import dev.satpage.ops.dlq.ReplayRequest;
import dev.satpage.ops.dlq.ReplaySummary;
import dev.satpage.ops.dlq.Replayer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dlq replay DLQ}: moves dead letters back, losslessly; see {@link Replayer} and {@link
 * NativeMove}.
 */
@Command(
    name = "replay",
    description = "Move messages of a DLQ back to their queue (or --to QUEUE), losslessly.")
final class DlqReplayCommand implements Callable<Integer> {
  private final Backend.Factory backends;

  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(index = "0", paramLabel = "DLQ", description = "dead-letter queue name")
  String dlq;

  @Option(
      names = "--to",
      paramLabel = "QUEUE",
      description = "target queue (default: the DLQ's name without -dlq)")
  String to;

  @Option(
      names = "--filter",
      paramLabel = "KEY=VALUE",
      description =
          "reason=CODE (reason=redrive for redrive moves), book=ID or order=ID; repeat to combine (AND)")
  List<String> filters = new ArrayList<>();

  @Option(
      names = "--max",
      defaultValue = "0",
      description = "move at most N messages (default: all)")
  int max;

  @Option(
      names = "--rate",
      defaultValue = "0",
      paramLabel = "N[/s]",
      converter = RateConverter.class,
      description = "at most N messages a second (default: no limit)")
  double rate;

  @Option(names = "--dry-run", description = "show what would move; change nothing")
  boolean dryRun;

  @Option(
      names = "--max-replays",
      defaultValue = "" + ReplayPolicy.DEFAULT_MAX_REPLAYS,
      description =
          "loop guard K: hold back messages already replayed K times (default: ${DEFAULT-VALUE})")
  int maxReplays;

  @Option(names = "--force", description = "replay held-back messages too (past the loop guard)")
  boolean force;

  @Option(
      names = "--skip-contract-check",
      description =
          "replay bodies the target queue's consumers cannot read too "
              + "(by default each body is checked against the target's message contract and refused with the reason)")
  boolean skipContractCheck;

  @Option(
      names = "--lease",
      defaultValue = "120",
      paramLabel = "SECONDS",
      description =
          "how long this run hides each message it holds (default: ${DEFAULT-VALUE}); "
              + "a killed run's messages reappear after it")
  int leaseSeconds;

  @Option(
      names = "--native",
      description =
          "use SQS StartMessageMoveTask and follow it to the end (no filters, "
              + "no loop guard, no replay counter)")
  boolean nativeMove;

  @Option(names = "--json", description = "summary as one JSON document on stdout")
  boolean json;

  DlqReplayCommand(Backend.Factory backends) {
    this.backends = backends;
  }

  @Override
  public Integer call() {
    DlqShowCommand.requireDeadLetterQueue(dlq);
    try (Backend backend = backends.open(connection.connection())) {
      return nativeMove ? runNative(backend) : runReplay(backend);
    }
  }

  private int runReplay(Backend backend) {
    Output out = new Output(spec);
    String target = to != null ? to : sourceOf(dlq);
    ReplayPolicy policy = new ReplayPolicy(ReplayFilter.parse(filters), maxReplays, force);
    ReplayRequest request =
        new ReplayRequest(
            dlq,
            target,
            policy,
            max,
            dryRun,
            Duration.ofSeconds(leaseSeconds),
            !skipContractCheck,
            UUID.randomUUID().toString());
    Replayer replayer =
        new Replayer(
            backend.queues(),
            Pacer.system(rate),
            (m, outcome, s) ->
                out.progress(
                    "[%d] %-10s %s book=%s reason=%s  (moved %d, held %d, skipped %d, refused %d, failed %d)",
                    s.examined(),
                    outcome.startsWith("failed") ? "failed" : outcome,
                    m.messageId(),
                    m.bookId().orElse("-"),
                    m.reason(),
                    s.moved(),
                    s.heldBack(),
                    s.skippedByFilter(),
                    s.refused(),
                    s.failed()));
    ReplaySummary summary = replayer.replay(request);
    QueueStatus left = backend.queues().status(dlq);
    if (json) {
      out.json(new ReplayResult(summary, left));
    } else {
      out.line(
          "%s %s -> %s: %s %d, held back %d (loop guard, replayed %d times), skipped by filter %d, refused %d "
              + "(unreadable for %s), came back failed again %d (left for the next run), failed %d",
          dryRun ? "DRY RUN" : "replayed",
          dlq,
          target,
          dryRun ? "would move" : "moved",
          summary.moved(),
          summary.heldBack(),
          maxReplays,
          summary.skippedByFilter(),
          summary.refused(),
          target,
          summary.returned(),
          summary.failed());
      summary.failures().forEach(f -> out.line("  failed: %s", f));
      out.line(
          "%s now: %d visible, %d in flight%s",
          dlq,
          left.visible(),
          left.inFlight(),
          left.inFlight() == 0
              ? ""
              : " (held by another run, or a killed one: visible again within its lease; run again then)");
    }
    return summary.failed() > 0 || summary.refused() > 0 ? ExitCode.PARTIAL : ExitCode.OK;
  }

  /** The JSON shape of a replay's result: the summary and the DLQ's counts afterwards. */
  record ReplayResult(ReplaySummary summary, QueueStatus deadLetterQueueAfter) {}

  private int runNative(Backend backend) {
    if (!filters.isEmpty() || max != 0 || dryRun || force) {
      throw new IllegalArgumentException(
          "--native moves every message: it takes no --filter, --max, --dry-run or "
              + "--force (use the default replay for those)");
    }
    Output out = new Output(spec);
    OptionalInt perSecond =
        rate == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.max(1, Math.round(rate)));
    MoveTask end =
        new NativeMove(backend.queues(), n -> Thread.sleep(n / 1_000_000), Duration.ofSeconds(1))
            .run(
                dlq,
                to,
                perSecond,
                t ->
                    out.progress(
                        "move task %s: %s, moved %d of %d",
                        t.handle(), t.status(), t.moved(), t.toMove()));
    if (json) {
      out.json(end);
    } else {
      out.line(
          "native move %s -> %s: %s, moved %d of %d%s",
          dlq,
          to == null ? "source queue(s)" : to,
          end.status(),
          end.moved(),
          end.toMove(),
          end.failureReason() == null ? "" : " (" + end.failureReason() + ")");
    }
    return MoveTask.COMPLETED.equals(end.status()) ? ExitCode.OK : ExitCode.PARTIAL;
  }

  /** {@code x-dlq} → {@code x}, {@code x-dlq.fifo} → {@code x.fifo}. */
  static String sourceOf(String dlq) {
    String fifo = QueueSpec.DLQ_SUFFIX + ".fifo";
    if (dlq.endsWith(fifo)) {
      return dlq.substring(0, dlq.length() - fifo.length()) + ".fifo";
    }
    return dlq.substring(0, dlq.length() - QueueSpec.DLQ_SUFFIX.length());
  }

  /** Accepts {@code 5} or {@code 5/s}. */
  static final class RateConverter implements picocli.CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      String v = value.endsWith("/s") ? value.substring(0, value.length() - 2) : value;
      double d = Double.parseDouble(v);
      if (d < 0) {
        throw new IllegalArgumentException("--rate must be >= 0");
      }
      return d;
    }
  }
}
