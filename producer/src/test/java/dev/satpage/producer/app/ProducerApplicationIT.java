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
import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The producer app against ElasticMQ and S3Proxy: orders in, Definition Files and jobs out, bad
 * orders dead-lettered.
 */
@ExtendWith(DevstackExtension.class)
class ProducerApplicationIT {
  static Devstack devstack;
  static ConfigurableApplicationContext app;
  static SqsClient sqs;
  static SqsJobQueue queue;
  static S3ObjectStore store;

  @BeforeAll
  static void start(Devstack started) {
    devstack = started;
    app = ProducerTestApps.start(devstack);
    AwsSettings settings = ProducerTestApps.settings(devstack);
    sqs = AwsClients.sqs(settings);
    queue = new SqsJobQueue(sqs);
    store = new S3ObjectStore(AwsClients.s3(settings), devstack.bucket());
  }

  @AfterAll
  static void stop() {
    app.close();
    sqs.close();
  }

  @Test
  void order_storesDefinitionFile_andPublishesTwoJobsPerBook() {
    OrderPlaced order =
        OrderPlaced.of(
            "pit-1",
            Instant.now(),
            List.of(
                new BookOrder(
                    "pit-1-b1",
                    "satellite-adventure",
                    Purpose.PREVIEW,
                    new Personalisation("Zoë", 48.8584, 2.2945))));
    queue.send(Queues.ORDER_PLACED_NAME, OutboundMessage.of("o", Json.write(order)));

    List<SatellitePageJob> jobs = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              receive(Queues.SATELLITE_PAGE_JOBS_NAME)
                  .forEach(m -> jobs.add(Json.read(m.body(), SatellitePageJob.class)));
              return jobs.size() >= 2;
            });
    assertThat(jobs)
        .extracting(SatellitePageJob::jobId)
        .containsExactlyInAnyOrder("pit-1-b1/sat-area", "pit-1-b1/sat-home");
    DefinitionFile stored =
        Json.read(
            store.get(S3Layout.definition("pit-1-b1")).orElseThrow().content(),
            DefinitionFile.class);
    assertThat(stored.personalisation().childName()).isEqualTo("Zoë");
    assertThat(stored.isComplete()).isFalse();
  }

  @Test
  void orderWithLatitude91_isDeadLetteredNamingTheField_andPublishesNothing() {
    String bad =
        """
        {"schemaVersion":1,"orderId":"pit-bad","placedAt":"2026-11-27T10:00:00Z","books":[
          {"bookId":"pit-bad-b1","productId":"satellite-adventure","purpose":"PREVIEW",
           "personalisation":{"childName":"Ada","latitude":91,"longitude":0}}]}
        """;
    queue.send(
        Queues.ORDER_PLACED_NAME,
        new OutboundMessage("o", bad, Map.of(FailureAttributes.ORDER_ID, "pit-bad")));

    List<Message> dead = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> dead.addAll(receive(Queues.ORDER_PLACED.deadLetterName())));
    Map<String, String> attrs = new HashMap<>();
    dead.getFirst().messageAttributes().forEach((k, v) -> attrs.put(k, v.stringValue()));
    assertThat(attrs)
        .containsEntry(FailureAttributes.REASON, "invalid-message")
        .containsEntry(FailureAttributes.ORDER_ID, "pit-bad")
        .containsEntry(FailureAttributes.FAILED_BY, "producer");
    assertThat(attrs.get(FailureAttributes.DETAIL)).contains("books[0].personalisation.latitude");
    assertThat(store.exists(S3Layout.definition("pit-bad-b1"))).isFalse();
  }

  @Test
  void conflictingRedelivery_isDeadLetteredAsOrderConflict_andTheBookKeepsItsFirstBody() {
    BookOrder first =
        new BookOrder(
            "pit-c-b1",
            "satellite-adventure",
            Purpose.PRINT,
            new Personalisation("Ada", 51.5, -0.12));
    BookOrder second =
        new BookOrder(
            "pit-c-b1",
            "satellite-adventure",
            Purpose.PRINT,
            new Personalisation("Zoe", 40.7, -74.0));
    queue.send(
        Queues.ORDER_PLACED_NAME,
        OutboundMessage.of(
            "o", Json.write(OrderPlaced.of("pit-c", Instant.now(), List.of(first)))));
    List<SatellitePageJob> jobs = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              receive(Queues.SATELLITE_PAGE_JOBS_NAME)
                  .forEach(m -> jobs.add(Json.read(m.body(), SatellitePageJob.class)));
              return jobs.size() >= 2;
            });

    queue.send(
        Queues.ORDER_PLACED_NAME,
        new OutboundMessage(
            "o2",
            Json.write(OrderPlaced.of("pit-c", Instant.now(), List.of(second))),
            Map.of(FailureAttributes.ORDER_ID, "pit-c")));

    List<Message> dead = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> dead.addAll(receive(Queues.ORDER_PLACED.deadLetterName())));
    Map<String, String> attrs = new HashMap<>();
    dead.getFirst().messageAttributes().forEach((k, v) -> attrs.put(k, v.stringValue()));
    assertThat(attrs).containsEntry(FailureAttributes.REASON, "order-conflict");
    assertThat(attrs.get(FailureAttributes.DETAIL))
        .contains("pit-c-b1", "personalisation.childName");
    DefinitionFile stored =
        Json.read(
            store.get(S3Layout.definition("pit-c-b1")).orElseThrow().content(),
            DefinitionFile.class);
    assertThat(stored.personalisation()).isEqualTo(first.personalisation());
    assertThat(receive(Queues.SATELLITE_PAGE_JOBS_NAME)).as("no job for the second body").isEmpty();
  }

  @Test
  void orderWithADuplicatedKey_isDeadLettered_notReadAsTheLastValue() {
    String twice =
        """
        {"schemaVersion":1,"orderId":"pit-dup","placedAt":"2026-11-27T10:00:00Z","books":[
          {"bookId":"pit-dup-b1","productId":"satellite-adventure","purpose":"PREVIEW",
           "personalisation":{"childName":"Ada","latitude":91.0,"latitude":45.125,"longitude":0}}]}
        """;
    queue.send(
        Queues.ORDER_PLACED_NAME,
        new OutboundMessage("o", twice, Map.of(FailureAttributes.ORDER_ID, "pit-dup")));

    List<Message> dead = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> dead.addAll(receive(Queues.ORDER_PLACED.deadLetterName())));
    Map<String, String> attrs = new HashMap<>();
    dead.getFirst().messageAttributes().forEach((k, v) -> attrs.put(k, v.stringValue()));
    assertThat(attrs).containsEntry(FailureAttributes.REASON, "invalid-message");
    assertThat(attrs.get(FailureAttributes.DETAIL)).contains("Duplicate field 'latitude'");
    assertThat(store.exists(S3Layout.definition("pit-dup-b1"))).isFalse();
  }

  private static List<Message> receive(String queueName) {
    return TestQueues.receiveAndDelete(sqs, queueName);
  }
}
