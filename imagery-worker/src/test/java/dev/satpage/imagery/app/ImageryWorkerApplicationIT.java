package dev.satpage.imagery.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.devstack.testing.TestQueues;
import dev.satpage.imagery.OutputKeys;
import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.queue.Queues;
import io.micrometer.core.instrument.MeterRegistry;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The whole worker over devstack: a job on SQS becomes a print and preview in S3 and an
 * imagery-completed message.
 */
@ExtendWith(DevstackExtension.class)
class ImageryWorkerApplicationIT {
  private static Devstack devstack;
  private static ConfigurableApplicationContext app;
  private static SqsClient sqs;
  private static S3Client s3;

  @BeforeAll
  static void start(Devstack started) {
    devstack = started;
    Map<String, Object> properties = new HashMap<>(devstack.endpointProperties());
    // Short SQS long-polls so the listener container stops quickly when the test closes the app.
    properties.put("spring.cloud.aws.sqs.listener.poll-timeout", "1s");
    app = ImageryWorkerApplication.start(properties);
    sqs = devstack.newSqsClient();
    s3 = devstack.newS3Client();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    if (sqs != null) {
      sqs.close();
    }
    if (s3 != null) {
      s3.close();
    }
  }

  @Test
  void job_becomesAPrintInS3_andAnImageryCompletedMessage() {
    SatellitePageSpec spec = SatellitePageSpec.of(48.8584, 2.2945, 17);
    SatellitePageJob job = SatellitePageJob.of("order-it-1", "book-it-1", 1, "sat-1", spec);
    send(
        Queues.SATELLITE_PAGE_JOBS_NAME,
        Json.write(job),
        Map.of(FailureAttributes.ORDER_ID, job.orderId()));

    List<Message> completed = new CopyOnWriteArrayList<>();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              completed.addAll(receive(Queues.IMAGERY_COMPLETED_NAME));
              return !completed.isEmpty();
            });

    Message message = completed.getFirst();
    ImageryCompleted event = Json.read(message.body(), ImageryCompleted.class);
    assertThat(event.jobId()).isEqualTo(job.jobId());
    OutputKeys keys = OutputKeys.of("azure", spec, 90, 85);
    // The default: Azure Maps Get Map Tile, 512-px tiles (ImageryProperties).
    int planned =
        app.getBean(ImageryProperties.class).providerApi().planner().plan(spec).requests().size();
    assertThat(planned).isBetween(48, 63); // 4000x3000 in 512-px tiles: 8 or 9 columns, 6 or 7 rows
    assertThat(event.printUri()).isEqualTo("s3://" + devstack.bucket() + "/" + keys.print());
    assertThat(event.provider())
        .isEqualTo("azure"); // the default: Bing Maps for Enterprise retires 2028-06-30
    assertThat(message.messageAttributes().get(FailureAttributes.BOOK_ID).stringValue())
        .isEqualTo("book-it-1");
    BufferedImage print =
        new ImageIoJpegCodec()
            .decode(
                s3.getObjectAsBytes(b -> b.bucket(devstack.bucket()).key(keys.print()))
                    .asByteArray());
    assertThat(print.getWidth()).isEqualTo(4000);
    assertThat(print.getHeight()).isEqualTo(3000);
    BufferedImage preview =
        new ImageIoJpegCodec()
            .decode(
                s3.getObjectAsBytes(b -> b.bucket(devstack.bucket()).key(keys.preview()))
                    .asByteArray());
    assertThat(preview.getWidth()).isEqualTo(1000);
    HeadObjectResponse head = s3.headObject(b -> b.bucket(devstack.bucket()).key(keys.print()));
    assertThat(head.contentType()).isEqualTo("image/jpeg");
    assertThat(head.metadata())
        .containsEntry("job-id", job.jobId())
        .containsEntry("provider", "azure")
        .containsEntry("codec", "turbojpeg")
        .containsKey("attribution");

    // The same page again, for another book: served from S3 without a single provider request.
    long providerRequests = devstack.imagery().requestCount();
    SatellitePageJob again = SatellitePageJob.of("order-it-2", "book-it-2", 1, "sat-1", spec);
    send(
        Queues.SATELLITE_PAGE_JOBS_NAME,
        Json.write(again),
        Map.of(FailureAttributes.ORDER_ID, again.orderId()));
    List<Message> second = new CopyOnWriteArrayList<>();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              second.addAll(receive(Queues.IMAGERY_COMPLETED_NAME));
              return !second.isEmpty();
            });
    assertThat(Json.read(second.getFirst().body(), ImageryCompleted.class).printUri())
        .isEqualTo(event.printUri());
    assertThat(devstack.imagery().requestCount()).isEqualTo(providerRequests);
    MeterRegistry registry = app.getBean(MeterRegistry.class);
    assertThat(registry.counter("satpage.imagery.cache.hits", "provider", "azure").count())
        .isEqualTo(1.0);
    assertThat(registry.find("satpage.imagery.queue.lag").timer().count()).isEqualTo(2);
    assertThat(
            registry
                .find("satpage.imagery.stage")
                .tag("stage", "fetch")
                .tag("codec", "turbojpeg")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .find("satpage.imagery.provider.responses")
                .tag("status", "200")
                .counter()
                .count())
        .isEqualTo(planned);
  }

  @Test
  void malformedJob_isDeadLetteredWithItsReason() {
    send(
        Queues.SATELLITE_PAGE_JOBS_NAME,
        "{\"schemaVersion\": 1, \"jobId\": ",
        Map.of(FailureAttributes.ORDER_ID, "order-bad"));

    List<Message> dead = new CopyOnWriteArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              dead.addAll(receive(Queues.SATELLITE_PAGE_JOBS.deadLetterName()));
              return !dead.isEmpty();
            });

    Map<String, MessageAttributeValue> attributes = dead.getFirst().messageAttributes();
    assertThat(attributes.get(FailureAttributes.REASON).stringValue()).isEqualTo("invalid-message");
    assertThat(attributes.get(FailureAttributes.ORDER_ID).stringValue()).isEqualTo("order-bad");
    assertThat(attributes.get(FailureAttributes.FAILED_BY).stringValue())
        .isEqualTo("imagery-worker");
  }

  private static void send(String queue, String body, Map<String, String> attributes) {
    Map<String, MessageAttributeValue> values = new HashMap<>();
    attributes.forEach(
        (k, v) ->
            values.put(
                k, MessageAttributeValue.builder().dataType("String").stringValue(v).build()));
    sqs.sendMessage(b -> b.queueUrl(url(queue)).messageBody(body).messageAttributes(values));
  }

  private static List<Message> receive(String queue) {
    return TestQueues.receiveAndDelete(sqs, queue);
  }

  private static String url(String queue) {
    return sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
  }
}
