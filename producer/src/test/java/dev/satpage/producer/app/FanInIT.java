package dev.satpage.producer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.satpage.aws.AwsClients;
import dev.satpage.aws.AwsSettings;
import dev.satpage.aws.s3.S3ObjectStore;
import dev.satpage.aws.sqs.SqsJobQueue;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.devstack.testing.TestQueues;
import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.testing.Books;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Fan-in through real SQS and S3 with two producer processes' worth of consumers (two app contexts,
 * each with 8 concurrent completion handlers): every completion of a book delivered twice, in
 * random order → one render job.
 */
@ExtendWith(DevstackExtension.class)
class FanInIT {
  static Devstack devstack;
  static final List<ConfigurableApplicationContext> apps = new ArrayList<>();
  static SqsClient sqs;
  static SqsJobQueue queue;
  static S3ObjectStore store;

  @BeforeAll
  static void start(Devstack started) {
    devstack = started;
    apps.add(ProducerTestApps.start(devstack));
    apps.add(ProducerTestApps.start(devstack));
    AwsSettings settings = ProducerTestApps.settings(devstack);
    sqs = AwsClients.sqs(settings);
    queue = new SqsJobQueue(sqs);
    store = new S3ObjectStore(AwsClients.s3(settings), devstack.bucket());
  }

  @AfterAll
  static void stop() {
    apps.forEach(ConfigurableApplicationContext::close);
    sqs.close();
  }

  @Test
  void everyCompletionTwice_inRandomOrder_byParallelConsumers_dispatchesOneRenderJob() {
    for (int round = 0; round < 3; round++) {
      String bookId = "fanin-" + round;
      DefinitionFile book = Books.aBook().withId(bookId).withSatellitePages(8).build();
      store.put(S3Layout.definition(bookId), Json.writeBytes(book), "application/json");
      List<OutboundMessage> deliveries = new ArrayList<>();
      for (String dep : book.dependencies().keySet()) {
        String print = "imagery/" + bookId + "/" + dep + "/print.jpg";
        String preview = "imagery/" + bookId + "/" + dep + "/preview.jpg";
        store.put(print, new byte[] {1}, "image/jpeg");
        store.put(preview, new byte[] {2}, "image/jpeg");
        ImageryCompleted c =
            new ImageryCompleted(
                2,
                bookId + "/" + dep,
                "o",
                bookId,
                book.version(),
                dep,
                store.uriOf(print),
                store.uriOf(preview),
                4000,
                3000,
                "sim",
                "© sim",
                Instant.now());
        deliveries.add(OutboundMessage.of(dep + "-a", Json.write(c)));
        deliveries.add(OutboundMessage.of(dep + "-b", Json.write(c)));
      }
      Collections.shuffle(deliveries, new Random(round));
      queue.sendAll(Queues.IMAGERY_COMPLETED_NAME, deliveries);
    }

    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(FanInIT::completionsDrained);
    List<RenderJob> jobs = drain(Queues.RENDER_JOBS_NAME);
    assertThat(jobs)
        .extracting(RenderJob::bookId)
        .containsExactlyInAnyOrder("fanin-0", "fanin-1", "fanin-2");
    assertThat(drain(Queues.IMAGERY_COMPLETED.deadLetterName())).isEmpty();
  }

  private static boolean completionsDrained() {
    Map<QueueAttributeName, String> a =
        sqs.getQueueAttributes(
                b ->
                    b.queueUrl(queue.urlOf(Queues.IMAGERY_COMPLETED_NAME))
                        .attributeNames(
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))
            .attributes();
    return a.values().stream().allMatch("0"::equals);
  }

  private static List<RenderJob> drain(String queueName) {
    List<Message> drained = TestQueues.drain(sqs, queueName);
    return queueName.endsWith("-dlq")
        ? Collections.nCopies(drained.size(), null)
        : TestQueues.read(drained, RenderJob.class);
  }
}
