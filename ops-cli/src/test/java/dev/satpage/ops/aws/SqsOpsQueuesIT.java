package dev.satpage.ops.aws;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.devstack.testing.TestQueues;
import dev.satpage.ops.dlq.OpsQueues;
import dev.satpage.ops.dlq.OpsQueuesContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The contract, against ElasticMQ over HTTP through the SDK adapter. */
@ExtendWith(DevstackExtension.class)
class SqsOpsQueuesIT extends OpsQueuesContract {
  static Devstack devstack;
  static SqsClient sqs;
  private String queue;

  @BeforeAll
  static void start(Devstack started) {
    devstack = started;
    sqs =
        OpsClients.sqs(
            new Connection(
                devstack.region(),
                devstack.sqsEndpoint(),
                null,
                null,
                devstack.accessKey(),
                devstack.secretKey(),
                null));
  }

  @AfterAll
  static void stop() {
    sqs.close();
  }

  @Override
  protected OpsQueues newQueues() {
    queue = TestQueues.createPair(sqs, "contract", false);
    return new SqsOpsQueues(sqs);
  }

  @Override
  protected String queue() {
    return queue;
  }

  @Override
  protected String deadLetterQueue() {
    return TestQueues.dlqOf(queue);
  }
}
