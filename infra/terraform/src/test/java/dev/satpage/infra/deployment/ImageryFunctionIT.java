package dev.satpage.infra.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.satpage.aws.s3.S3ObjectStore;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.lambda.SqsEvents;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.devstack.testing.TestQueues;
import dev.satpage.infra.TfFixtures;
import dev.satpage.model.book.DependencyState;
import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.status.BookState;
import dev.satpage.model.status.BookStatus;
import dev.satpage.model.status.BookStatusReader;
import dev.satpage.producer.app.ProducerApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * The imagery function as Terraform deploys it ({@link DeployedFunction}: the real runtime
 * interface client, Terraform's environment and nothing else). The test plays the event source
 * mapping against ElasticMQ; the producer runs beside it, so a book's status is the coordinator's.
 */
@ExtendWith(DevstackExtension.class)
class ImageryFunctionIT {
  private static final String JOBS = Queues.SATELLITE_PAGE_JOBS_NAME;

  private static Devstack devstack;
  private static DeployedFunction function;
  private static ConfigurableApplicationContext producer;
  private static SqsClient sqs;
  private static S3Client s3;

  @BeforeAll
  static void start(Devstack started) throws Exception {
    devstack = started;
    sqs = devstack.newSqsClient();
    s3 = devstack.newS3Client();
    function =
        DeployedFunction.start(
            devstack, TfFixtures.module(), "imagery_lambda_handler", "satpage-it-imagery");

    Map<String, Object> props = new HashMap<>(devstack.endpointProperties());
    props.put("server.port", "0");
    props.put("spring.cloud.aws.sqs.listener.poll-timeout", "1s");
    producer = ProducerApplication.start(props);
  }

  @AfterAll
  static void stop() throws Exception {
    if (producer != null) {
      producer.close();
    }
    if (function != null) {
      function.close();
    }
    if (sqs != null) {
      sqs.close();
      s3.close();
    }
  }

  @Test
  void
      theFunctionEnvironment_isTerraformsPlusTheRuntimesAndEndpointOverrides_withTheKeyOnlyAsASecretArn() {
    Map<String, String> terraformEnvironment = function.terraformEnvironment();
    Map<String, String> functionEnvironment = function.environment();
    assertThat(terraformEnvironment)
        .containsKeys(
            "SATPAGE_BUCKET",
            "SATPAGE_IMAGERY_API_KEY_SECRET_ARN",
            "SATPAGE_IMAGERY_PROVIDER",
            "SATPAGE_IMAGERY_READ_TIMEOUT");
    assertThat(
            functionEnvironment.keySet().stream()
                .filter(k -> k.startsWith("SATPAGE_"))
                .filter(k -> !terraformEnvironment.containsKey(k)))
        .containsExactlyInAnyOrder("SATPAGE_AWS_ENDPOINT_SQS", "SATPAGE_AWS_ENDPOINT_S3");
    assertThat(functionEnvironment).doesNotContainKey("SATPAGE_IMAGERY_API_KEY");
    assertThat(functionEnvironment.values()).doesNotContain(devstack.imageryApiKey());
  }

  @Test
  void startedWithTerraformsEnvironment_theFunctionMakesTheBooksPages() throws Exception {
    String book = "fit-1-b1";
    order("fit-1", book, 51.4769, -0.0005);
    List<Message> jobs = receive(2, 30);

    assertThat(invoke(jobs)).isEqualTo("{\"batchItemFailures\":[]}");
    jobs.forEach(
        m ->
            sqs.deleteMessage(
                b ->
                    b.queueUrl(url(JOBS)).receiptHandle(m.receiptHandle()))); // as the mapping does

    // The coordinator accepts a completion only after it found both stitched objects in S3.
    BookStatus status = awaitState(book, BookState.RENDERING);
    assertThat(status.dependencies())
        .hasSize(2)
        .allMatch(d -> d.state() == DependencyState.RESOLVED);
  }

  @Test
  void onLambda_aPageThatExhaustsItsRetries_leavesItsBookBlockedWithTheReason() throws Exception {
    String book = "fit-2-b1";
    devstack.imagery().faults().errorRate(1.0); // the provider answers 503 to every request
    try {
      order("fit-2", book, 40.6892, -74.0445);
      int maxReceives = Queues.SATELLITE_PAGE_JOBS.maxReceiveCount();
      for (int receive = 1; receive <= maxReceives; receive++) {
        // Received with a 300 s visibility: only the function's ChangeMessageVisibility (its
        // backoff) brings a job back.
        List<Message> jobs = receive(2, 45);
        int expected = receive;
        assertThat(jobs)
            .allSatisfy(
                m ->
                    assertThat(
                            m.attributes()
                                .get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                        .isEqualTo(String.valueOf(expected)));

        String response = invoke(jobs);

        jobs.forEach(
            m -> assertThat(response).contains("\"itemIdentifier\":\"" + m.messageId() + "\""));
        if (receive < maxReceives) {
          assertThat(bookStatus(book).map(BookStatus::state)).contains(BookState.PENDING);
        }
      }

      BookStatus blocked = awaitState(book, BookState.BLOCKED);
      assertThat(blocked.dependencies())
          .hasSize(2)
          .allSatisfy(
              d -> {
                assertThat(d.state()).isEqualTo(DependencyState.FAILED);
                assertThat(d.reason()).startsWith("retries-exhausted: ");
                assertThat(d.location()).isEqualTo(Queues.SATELLITE_PAGE_JOBS.deadLetterName());
              });
      // Nothing is lost: after the last receive the redrive policy moves both jobs to the DLQ,
      // where the status points.
      List<Message> dead = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                sqs.receiveMessage(
                    b ->
                        b.queueUrl(url(JOBS))
                            .waitTimeSeconds(1)
                            .visibilityTimeout(300)); // triggers the redrive
                dead.addAll(
                    sqs.receiveMessage(
                            b ->
                                b.queueUrl(url(Queues.SATELLITE_PAGE_JOBS.deadLetterName()))
                                    .waitTimeSeconds(1)
                                    .maxNumberOfMessages(10))
                        .messages());
                return dead.size() >= 2;
              });
      assertThat(dead).extracting(Message::body).allMatch(body -> body.contains(book));
      // The key read from the secret went into every provider request, and into none of the
      // function's log lines.
      assertThat(function.output())
          .contains("HTTP 503 from")
          .doesNotContain(devstack.imageryApiKey());
    } finally {
      devstack.imagery().faults().reset();
    }
  }

  private static void order(String orderId, String bookId, double latitude, double longitude) {
    OrderPlaced order =
        OrderPlaced.of(
            orderId,
            Instant.now(),
            List.of(
                new BookOrder(
                    bookId,
                    "satellite-adventure",
                    Purpose.PREVIEW,
                    new Personalisation("Ada", latitude, longitude))));
    sqs.sendMessage(b -> b.queueUrl(url(Queues.ORDER_PLACED_NAME)).messageBody(Json.write(order)));
  }

  private static Optional<BookStatus> bookStatus(String bookId) {
    return new BookStatusReader(new S3ObjectStore(s3, devstack.bucket())).read(bookId);
  }

  private static BookStatus awaitState(String bookId, BookState state) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> bookStatus(bookId).map(BookStatus::state).orElse(null) == state);
    return bookStatus(bookId).orElseThrow();
  }

  /** One invocation, as the event source mapping makes it; the function's response body. */
  private static String invoke(List<Message> messages) throws Exception {
    return function.invoke(SqsEvents.of(messages, devstack.region(), JOBS));
  }

  /**
   * Receives {@code count} page jobs as the mapping does (all attributes, 300 s visibility),
   * waiting up to {@code seconds}.
   */
  private static List<Message> receive(int count, int seconds) {
    List<Message> messages =
        TestQueues.lease(sqs, JOBS, count, Duration.ofSeconds(seconds), Duration.ofSeconds(300));
    assertThat(messages).as("page jobs received within %d s", seconds).hasSize(count);
    return messages;
  }

  private static String url(String queue) {
    return devstack.queueUrls().get(queue);
  }
}
