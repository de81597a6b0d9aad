package dev.satpage.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import dev.satpage.ops.dlq.DeadLetters;
import dev.satpage.ops.dlq.InMemoryOpsQueues;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueBoardTest {
  final InMemoryOpsQueues queues = new InMemoryOpsQueues(Clock.systemUTC());
  final QueueBoard board = new QueueBoard(queues, 50);

  @Test
  void everyQueueAndDlq_inFlowOrder_dlqsWithTheirReasons_andAMissingQueueSaysSo() {
    for (QueueSpec q : Queues.ALL) {
      if (!q.equals(Queues.PRINTHOUSE_DELIVERY)) {
        queues.create(q.name(), q.deadLetterName());
      }
    }
    String dlq = Queues.SATELLITE_PAGE_JOBS.deadLetterName();
    queues.send(
        dlq, DeadLetters.aDeadLetter().forBook("b1").withReason("imagery-corrupt").asCopy());
    queues.send(
        dlq, DeadLetters.aDeadLetter().forBook("b2").withReason("imagery-corrupt").asCopy());
    queues.send(
        dlq, DeadLetters.aDeadLetter().forBook("b3").asCopy()); // moved by the redrive policy

    var rows = board.read();

    assertThat(rows).hasSize(2 * Queues.ALL.size());
    assertThat(rows.get(0).name()).isEqualTo(Queues.ORDER_PLACED.name());
    assertThat(rows.get(1).name()).isEqualTo(Queues.ORDER_PLACED.deadLetterName());
    QueueRow jobs = rows.stream().filter(r -> r.name().equals(dlq)).findFirst().orElseThrow();
    assertThat(jobs.visible()).isEqualTo(3);
    assertThat(jobs.reasons()).isEqualTo(Map.of("imagery-corrupt", 2, "redrive", 1));
    assertThat(jobs.sampled()).isEqualTo(3);
    assertThat(jobs.oldestSentAt()).isNotNull();
    assertThat(rows)
        .filteredOn(QueueRow::missing)
        .extracting(QueueRow::name)
        .containsExactly(
            Queues.PRINTHOUSE_DELIVERY.name(), Queues.PRINTHOUSE_DELIVERY.deadLetterName());
    assertThat(board.deadLetters(dlq, m -> m.concernsBook("b2"))).hasSize(1);
    assertThat(queues.status(dlq).visible()).as("read without consuming").isEqualTo(3);
  }
}
