package dev.satpage.infra.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.satpage.infra.TfFixtures;
import dev.satpage.infra.hcl.TfModule;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every queue accepts SQS's documented maximum message size, 1,048,576 bytes since August 2025
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html,
 * read 2026-12-02), which the apps' SqsJobQueue assumes. Left unset, the AWS provider sends its own
 * default of 262,144 bytes.
 */
class QueueSizeTest {
  static final double SQS_MAX_MESSAGE_BYTES = 1_048_576;

  @Test
  void everyQueue_setsMaxMessageSizeToSqsMaximum() {
    TfModule m = TfFixtures.module();
    Map<String, JsonNode> queues = m.resources("aws_sqs_queue");

    assertThat(queues).isNotEmpty();
    queues.forEach(
        (name, q) ->
            assertThat(m.number(q.get("max_message_size"), null, null))
                .as("aws_sqs_queue." + name + ".max_message_size")
                .hasValue(SQS_MAX_MESSAGE_BYTES));
  }
}
