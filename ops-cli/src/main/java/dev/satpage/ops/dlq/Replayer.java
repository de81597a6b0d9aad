package dev.satpage.ops.dlq;

import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.message.MessageContracts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves dead letters back to a queue without losing any: each message is leased, copied, and
 * deleted from the DLQ only after the target accepted the copy. A crash at any point leaves the
 * original in the DLQ (visible again when its lease ends), so a message is delivered once, or twice
 * if the crash fell between send and delete — never zero times.
 *
 * <p>Messages left in the DLQ (held back, skipped, failed) stay leased until the run ends, so later
 * receives reach the rest of the queue; they are released together at the end. A run ends when a
 * receive brings no message it has not seen. Each body is checked against the target queue's
 * message contract first (a body no consumer can read would only bounce back), and a copy this run
 * sent that failed again and returned is left alone: one run replays each dead letter at most once.
 * In a FIFO DLQ a held message also holds back the later messages of its group, as FIFO order
 * requires.
 */
public final class Replayer {
  private static final int BATCH = 10; // SQS ReceiveMessage maximum

  private final OpsQueues queues;
  private final Pacer pacer;
  private final ReplayProgress progress;

  public Replayer(OpsQueues queues, Pacer pacer, ReplayProgress progress) {
    this.queues = queues;
    this.pacer = pacer;
    this.progress = progress;
  }

  public ReplaySummary replay(ReplayRequest request) {
    String dlq = request.deadLetterQueue();
    queues.status(request.target()); // fails with UnknownQueueException before anything is touched
    boolean fifoTarget = queues.isFifo(request.target());
    Tally tally = new Tally(request);
    Set<String> seen = new HashSet<>();
    Map<String, String> leftInDlq = new LinkedHashMap<>(); // message id → latest receipt handle
    try {
      while (request.maxMoves() == 0 || tally.moved < request.maxMoves()) {
        List<DeadLetter> batch = queues.receive(dlq, BATCH, request.lease());
        boolean fresh = false;
        for (DeadLetter m : batch) {
          if (!seen.add(m.messageId())) {
            leftInDlq.put(
                m.messageId(), m.receiptHandle()); // its lease ran out and it came back: new handle
            continue;
          }
          fresh = true;
          if (request.maxMoves() > 0 && tally.moved >= request.maxMoves()) {
            leftInDlq.put(m.messageId(), m.receiptHandle()); // over --max: untouched, not counted
            continue;
          }
          tally.examined++;
          String outcome =
              request.runId().equals(m.attribute(ReplayAttributes.REPLAY_RUN).orElse(null))
                  ? tally.returned() // sent by this run, failed again: once per run is enough
                  : handle(request, fifoTarget, m, tally);
          if (!outcome.equals("moved")) {
            leftInDlq.put(m.messageId(), m.receiptHandle());
          }
          progress.on(m, outcome, tally.summary());
        }
        if (!fresh) {
          break;
        }
      }
    } finally {
      if (!leftInDlq.isEmpty()) {
        queues.release(dlq, List.copyOf(leftInDlq.values()));
      }
    }
    return tally.summary();
  }

  private String handle(ReplayRequest request, boolean fifoTarget, DeadLetter m, Tally tally) {
    switch (request.policy().decide(m)) {
      case SKIP -> {
        tally.skipped++;
        return "skipped";
      }
      case HOLD -> {
        tally.held++;
        return "held";
      }
      case MOVE -> {}
    }
    if (request.checkContracts()) {
      try {
        MessageContracts.check(request.target(), m.body());
      } catch (MessageFormatException e) {
        tally.refused++;
        tally.failures.add(
            m.messageId()
                + ": not replayed, its body is not a valid "
                + request.target()
                + " message ("
                + e.getMessage()
                + "); fix or drop it, or replay it anyway with --skip-contract-check");
        return "refused";
      }
    }
    ReplayCopy copy;
    try {
      copy = request.policy().copyOf(m, fifoTarget, request.runId());
    } catch (IllegalArgumentException e) {
      return tally.fail(m, e.getMessage());
    }
    if (request.dryRun()) {
      tally.moved++;
      return "would-move";
    }
    pacer.await();
    try {
      queues.send(request.target(), copy);
    } catch (RuntimeException e) {
      return tally.fail(m, "send to " + request.target() + " failed: " + e.getMessage());
    }
    try {
      queues.delete(request.deadLetterQueue(), m.receiptHandle());
    } catch (RuntimeException e) {
      // The copy is in the target; the original stays and would be replayed again: twice, which
      // consumers absorb.
      tally.duplicated++;
      tally.failures.add(
          m.messageId() + ": copied, but not deleted from the DLQ: " + e.getMessage());
    }
    tally.moved++;
    return "moved";
  }

  private static final class Tally {
    final ReplayRequest request;
    int examined;
    int moved;
    int held;
    int skipped;
    int failed;
    int duplicated;
    int refused;
    int returned;
    final List<String> failures = new ArrayList<>();

    Tally(ReplayRequest request) {
      this.request = request;
    }

    String returned() {
      returned++;
      return "returned";
    }

    String fail(DeadLetter m, String why) {
      failed++;
      failures.add(m.messageId() + ": " + why);
      return "failed: " + why;
    }

    ReplaySummary summary() {
      return new ReplaySummary(
          request.deadLetterQueue(),
          request.target(),
          request.dryRun(),
          examined,
          moved,
          held,
          skipped,
          failed,
          duplicated,
          refused,
          returned,
          failures);
    }
  }
}
