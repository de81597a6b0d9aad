package dev.satpage.ops.dlq;

import java.time.Clock;

/** The contract, against the in-memory fake. */
class InMemoryOpsQueuesTest extends OpsQueuesContract {
  @Override
  protected OpsQueues newQueues() {
    InMemoryOpsQueues q = new InMemoryOpsQueues(Clock.systemUTC());
    q.create(queue(), deadLetterQueue());
    return q;
  }

  @Override
  protected String queue() {
    return "jobs";
  }

  @Override
  protected String deadLetterQueue() {
    return "jobs-dlq";
  }
}
