package dev.satpage.infra.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.satpage.aws.s3.S3ObjectStore;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.lambda.RuntimeApiStandIn;
import dev.satpage.devstack.lambda.SqsEvents;
import dev.satpage.devstack.secrets.SecretsManagerStandIn;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.devstack.testing.TestQueues;
import dev.satpage.infra.TfFixtures;
import dev.satpage.infra.hcl.TfModule;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
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
 * The imagery function as Terraform deploys it: started by the real Lambda runtime interface client
 * (its own JVM) with the handler Terraform names and an environment holding nothing but what
 * Terraform sets ({@code local.imagery_env}, read from the .tf files, references mapped to the
 * local stack), what the Lambda runtime sets itself, and the endpoint overrides that stand in for
 * AWS. The provider key reaches it only through the secret ARN (Secrets Manager stand-in). The test
 * plays the event source mapping against ElasticMQ; the producer runs beside it, so a book's status
 * is the coordinator's.
 */
@ExtendWith(DevstackExtension.class)
class ImageryFunctionIT {
  private static final String JOBS = Queues.SATELLITE_PAGE_JOBS_NAME;

  private static Devstack devstack;
  private static SecretsManagerStandIn secrets;
  private static RuntimeApiStandIn runtimeApi;
  private static Process function;
  private static Path log;
  private static ConfigurableApplicationContext producer;
  private static SqsClient sqs;
  private static S3Client s3;
  private static Map<String, String> terraformEnvironment;
  private static Map<String, String> functionEnvironment;

  @BeforeAll
  static void start(Devstack started) throws Exception {
    devstack = started;
    sqs = devstack.newSqsClient();
    s3 = devstack.newS3Client();
    TfModule tf = TfFixtures.module();
    // secrets.tf creates the secret (name = var.imagery_api_key_secret_name) without a value; the
    // README puts it.
    secrets = SecretsManagerStandIn.start(0, devstack.region(), devstack.accessKey());
    String secretArn = secrets.createSecret(defaultOf(tf, "imagery_api_key_secret_name"));
    secrets.putSecretValue(secretArn, devstack.imageryApiKey());

    terraformEnvironment =
        TerraformEnvironment.of(
            tf,
            "imagery_env",
            Map.of(
                "var.aws_region", devstack.region(),
                "aws_s3_bucket.data.bucket", devstack.bucket(),
                "aws_secretsmanager_secret.imagery_api_key.arn", secretArn,
                "var.imagery_endpoint",
                    devstack
                        .imageryEndpoint()
                        .toString())); // the provider, as a tfvars would set it
    String handler = defaultOf(tf, "imagery_lambda_handler");
    runtimeApi = new RuntimeApiStandIn();

    functionEnvironment = new TreeMap<>(terraformEnvironment);
    // Set by the Lambda runtime itself
    // (https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html,
    // "Defined runtime environment variables", read 2026-12-02); the credentials are the function
    // role's session there.
    functionEnvironment.putAll(
        Map.ofEntries(
            Map.entry("_HANDLER", handler),
            Map.entry("AWS_REGION", devstack.region()),
            Map.entry("AWS_DEFAULT_REGION", devstack.region()),
            Map.entry("AWS_ACCESS_KEY_ID", devstack.accessKey()),
            Map.entry("AWS_SECRET_ACCESS_KEY", devstack.secretKey()),
            Map.entry("AWS_LAMBDA_RUNTIME_API", runtimeApi.address()),
            Map.entry("AWS_LAMBDA_FUNCTION_NAME", "satpage-it-imagery"),
            Map.entry("AWS_LAMBDA_FUNCTION_VERSION", "1"),
            Map.entry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", defaultOf(tf, "imagery_memory_mb")),
            Map.entry("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/satpage-it-imagery"),
            Map.entry("AWS_LAMBDA_LOG_STREAM_NAME", "it"),
            Map.entry("TZ", ":UTC"),
            Map.entry("LANG", "en_US.UTF-8")));
    // Endpoint overrides standing in for AWS: SQS and S3 by the apps' settings, Secrets Manager by
    // the SDK's own.
    functionEnvironment.put("SATPAGE_AWS_ENDPOINT_SQS", devstack.sqsEndpoint().toString());
    functionEnvironment.put("SATPAGE_AWS_ENDPOINT_S3", devstack.s3Endpoint().toString());
    functionEnvironment.put("AWS_ENDPOINT_URL_SECRETS_MANAGER", secrets.endpoint().toString());

    log = Files.createTempFile("imagery-function-", ".log");
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
            handler);
    builder.environment().clear(); // nothing inherited from this JVM's environment
    builder.environment().putAll(functionEnvironment);
    function = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();

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
      function.destroy();
      function.waitFor(10, TimeUnit.SECONDS);
    }
    if (runtimeApi != null) {
      runtimeApi.close();
    }
    if (secrets != null) {
      secrets.close();
    }
    if (sqs != null) {
      sqs.close();
      s3.close();
    }
  }

  @Test
  void
      theFunctionEnvironment_isTerraformsPlusTheRuntimesAndEndpointOverrides_withTheKeyOnlyAsASecretArn() {
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
      assertThat(Files.readString(log))
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
    try {
      return runtimeApi
          .invoke(SqsEvents.of(messages, devstack.region(), JOBS))
          .get(120, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(
          "no response from the function (init error: "
              + runtimeApi.initError().getNow("none")
              + "); its output:\n"
              + Files.readString(log),
          e);
    }
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

  private static String defaultOf(TfModule tf, String variable) {
    var v = tf.variables().get(variable).get("default");
    return v.isNumber() ? Long.toString(v.asLong()) : v.asText();
  }
}
