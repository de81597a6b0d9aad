package dev.satpage.imagery.app.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.lambda.SqsEvents;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.devstack.testing.TestQueues;
import dev.satpage.imagery.OutputKeys;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.queue.Queues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The handler run by the real AWS Lambda runtime interface client (a separate JVM, as on Lambda)
 * against a Runtime API stub, with SQS events built from messages really received from ElasticMQ:
 * outputs land in S3, a malformed record is dead-lettered (not retried), and {@code
 * batchItemFailures} names exactly the record that failed transiently.
 */
@ExtendWith(DevstackExtension.class)
class ImageryLambdaHandlerIT {
  private static final SatellitePageSpec PAGE_A =
      new SatellitePageSpec(48.8584, 2.2945, 17, 1200, 900, 300);
  private static final SatellitePageSpec PAGE_B =
      new SatellitePageSpec(40.6892, -74.0445, 17, 1200, 900, 300);

  private static Devstack devstack;
  private static SqsClient sqs;
  private static LambdaProcess lambda;
  private static Path log;

  @BeforeAll
  static void start(Devstack started) throws Exception {
    devstack = started;
    sqs = devstack.newSqsClient();
    log = Files.createTempFile("lambda-", ".log");
    // The test classpath, in this module's directory: the handler's classes as built (LambdaZipIT
    // runs the zip).
    lambda =
        new LambdaProcess(
            List.of("--enable-native-access=ALL-UNNAMED"),
            System.getProperty("java.class.path"),
            Path.of("").toAbsolutePath(),
            devstack,
            Map.of(
                "SATPAGE_IMAGERY_MAX_ATTEMPTS",
                "1", // a 503 fails the record at once instead of after backoff
                // One static image per 1200x900 page, so "page B made exactly one provider call" is
                // exact (a tile page fetches several tiles in parallel, and how many start before
                // the first failure cancels the rest is a race).
                "SATPAGE_IMAGERY_AZURE_MODE",
                "static"),
            log);
  }

  @AfterAll
  static void stop() throws Exception {
    if (lambda != null) {
      lambda.close();
    }
    if (sqs != null) {
      sqs.close();
    }
  }

  @Test
  void batch_storesPages_deadLettersPoison_andReportsExactlyTheTransientFailure() throws Exception {
    // Invocation 1: a good page and a malformed message.
    send(Json.write(SatellitePageJob.of("order-l1", "book-l1", 1, "sat-1", PAGE_A)), "order-l1");
    send("{\"schemaVersion\": 1, \"jobId\": ", "order-poison");
    List<Message> first = receive(2);

    String response1 = invoke(first);

    assertThat(response1).isEqualTo("{\"batchItemFailures\":[]}");
    OutputKeys keysA = OutputKeys.of("azure", PAGE_A, 90, 85);
    try (var s3 = devstack.newS3Client()) {
      assertThat(s3.headObject(b -> b.bucket(devstack.bucket()).key(keysA.print())).contentLength())
          .isPositive();
      assertThat(s3.headObject(b -> b.bucket(devstack.bucket()).key(keysA.preview())).metadata())
          .containsEntry("job-id", "book-l1/sat-1");
    }
    List<Message> dead =
        sqs.receiveMessage(
                b ->
                    b.queueUrl(url(Queues.SATELLITE_PAGE_JOBS.deadLetterName()))
                        .waitTimeSeconds(2)
                        .maxNumberOfMessages(10)
                        .messageAttributeNames("All"))
            .messages();
    assertThat(dead)
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.messageAttributes().get(FailureAttributes.REASON).stringValue())
                    .isEqualTo("invalid-message"));

    // Invocation 2: the provider now fails every request. A new page fails transiently; the same
    // page as before, for another book, is served from S3 without a provider call and succeeds.
    devstack.imagery().faults().errorRate(1.0);
    send(Json.write(SatellitePageJob.of("order-l2", "book-l2", 1, "sat-1", PAGE_B)), "order-l2");
    send(Json.write(SatellitePageJob.of("order-l3", "book-l3", 1, "sat-1", PAGE_A)), "order-l3");
    List<Message> second = receive(2);
    String failingId =
        second.stream()
            .filter(m -> m.body().contains("book-l2"))
            .findFirst()
            .orElseThrow()
            .messageId();
    long providerRequests = devstack.imagery().requestCount();

    String response2 = invoke(second);

    assertThat(response2)
        .isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"" + failingId + "\"}]}");
    assertThat(devstack.imagery().requestCount())
        .isEqualTo(providerRequests + 1); // only page B's one attempt
    devstack.imagery().faults().reset();
  }

  @Test
  @SuppressWarnings("try") // the consumer works while the try block waits for its output
  void sameJob_givesByteIdenticalOutputs_throughLambdaAndTheSpringConsumer() throws Exception {
    devstack.imagery().faults().reset();
    SatellitePageSpec spec = new SatellitePageSpec(51.4769, -0.0005, 16, 1200, 900, 300);
    String job = Json.write(SatellitePageJob.of("order-same", "book-same", 1, "sat-1", spec));
    OutputKeys keys = OutputKeys.of("azure", spec, 90, 85);

    send(job, "order-same");
    assertThat(invoke(receive(1))).isEqualTo("{\"batchItemFailures\":[]}");

    // The same job through the long-running consumer, writing to a second bucket (the keys are
    // content-addressed, so in one bucket it would be a cache hit and prove nothing).
    String springBucket = "satpage-spring-path";
    try (var s3 = devstack.newS3Client()) {
      s3.createBucket(b -> b.bucket(springBucket));
      Map<String, Object> props = new java.util.HashMap<>(devstack.endpointProperties());
      props.put("satpage.bucket", springBucket);
      props.put("satpage.imagery.azure-mode", "static"); // as the Lambda above
      props.put("spring.cloud.aws.sqs.listener.poll-timeout", "1s");
      try (var app = dev.satpage.imagery.app.ImageryWorkerApplication.start(props)) {
        send(job, "order-same");
        org.awaitility.Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    s3.listObjectsV2(b -> b.bucket(springBucket).prefix(keys.preview())).keyCount()
                        > 0);
      }
      for (String key : List.of(keys.print(), keys.preview())) {
        byte[] viaLambda =
            s3.getObjectAsBytes(b -> b.bucket(devstack.bucket()).key(key)).asByteArray();
        byte[] viaSpring = s3.getObjectAsBytes(b -> b.bucket(springBucket).key(key)).asByteArray();
        assertThat(viaSpring).as(key).isEqualTo(viaLambda);
      }
    }
  }

  private static String invoke(List<Message> messages) throws Exception {
    try {
      return lambda
          .runtimeApi()
          .invoke(SqsEvents.of(messages, devstack.region(), Queues.SATELLITE_PAGE_JOBS_NAME))
          .get(90, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("no Lambda response; its output:\n" + Files.readString(log), e);
    }
  }

  private static void send(String body, String orderId) {
    sqs.sendMessage(
        b ->
            b.queueUrl(url(Queues.SATELLITE_PAGE_JOBS_NAME))
                .messageBody(body)
                .messageAttributes(
                    Map.of(
                        FailureAttributes.ORDER_ID,
                        MessageAttributeValue.builder()
                            .dataType("String")
                            .stringValue(orderId)
                            .build())));
  }

  private static List<Message> receive(int count) {
    List<Message> messages =
        TestQueues.lease(
            sqs,
            Queues.SATELLITE_PAGE_JOBS_NAME,
            count,
            Duration.ofSeconds(20),
            Duration.ofSeconds(300));
    assertThat(messages).hasSize(count);
    return messages;
  }

  private static String url(String queue) {
    return sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
  }
}
