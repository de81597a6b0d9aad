package dev.satpage.imagery.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.model.queue.Queues;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * A missing job queue stops the worker from starting, instead of it creating a queue without a
 * redrive policy.
 */
@ExtendWith(DevstackExtension.class)
class MissingQueueIT {
  @Test
  void missingJobQueue_failsStartup_andIsNotCreated(Devstack devstack) {
    try (SqsClient sqs = devstack.newSqsClient()) {
      String url = sqs.getQueueUrl(b -> b.queueName(Queues.SATELLITE_PAGE_JOBS_NAME)).queueUrl();
      sqs.deleteQueue(b -> b.queueUrl(url));

      Map<String, Object> properties = new HashMap<>(devstack.endpointProperties());
      properties.put("spring.cloud.aws.sqs.listener.poll-timeout", "1s");
      assertThatThrownBy(() -> ImageryWorkerApplication.start(properties).close())
          .hasStackTraceContaining(Queues.SATELLITE_PAGE_JOBS_NAME);
      assertThatThrownBy(() -> sqs.getQueueUrl(b -> b.queueName(Queues.SATELLITE_PAGE_JOBS_NAME)))
          .isInstanceOf(QueueDoesNotExistException.class);
    }
  }
}
