package dev.satpage.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.devstack.sqs.QueueProvisioner;
import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

class DevstackIT {
  private static Devstack devstack;
  private static SqsClient sqs;
  private static S3Client s3;

  @BeforeAll
  static void start() {
    devstack = Devstack.start(DevstackConfig.defaults());
    sqs = devstack.newSqsClient();
    s3 = devstack.newS3Client();
  }

  @AfterAll
  static void stop() {
    sqs.close();
    s3.close();
    devstack.close();
    devstack.close(); // idempotent
  }

  @Test
  void everyPipelineQueue_existsWithItsDeadLetterQueueAndRedrivePolicy() {
    for (QueueSpec spec : Queues.ALL) {
      Map<QueueAttributeName, String> queue = attributes(spec.name());
      Map<QueueAttributeName, String> dlq = attributes(spec.deadLetterName());

      assertThat(queue.get(QueueAttributeName.VISIBILITY_TIMEOUT))
          .isEqualTo(Long.toString(spec.visibilityTimeout().toSeconds()));
      assertThat(queue.get(QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS)).isEqualTo("0");
      assertThat(queue.get(QueueAttributeName.REDRIVE_POLICY))
          .contains("\"deadLetterTargetArn\":\"" + dlq.get(QueueAttributeName.QUEUE_ARN) + "\"")
          .containsPattern("\"maxReceiveCount\":\"?" + spec.maxReceiveCount() + "\"?");
      // The DLQ is created with MessageRetentionPeriod 14 days, but ElasticMQ accepts and ignores
      // that attribute (it keeps messages until deleted), so it cannot be read back here.
      assertThat(dlq).doesNotContainKey(QueueAttributeName.REDRIVE_POLICY);
    }
    assertThat(devstack.queueUrls()).hasSize(Queues.ALL.size() * 2);
  }

  @Test
  void messageReceivedMoreThanMaxReceiveCount_movesToTheDeadLetterQueue()
      throws InterruptedException {
    QueueSpec spec = new QueueSpec("devstack-it-redrive", Duration.ofSeconds(1), 1);
    Map<String, String> urls = new QueueProvisioner(sqs).createAll(List.of(spec));
    String url = urls.get(spec.name());
    sqs.sendMessage(b -> b.queueUrl(url).messageBody("poison"));

    assertThat(receive(url, 5))
        .extracting(Message::body)
        .containsExactly("poison"); // receive 1, not deleted
    Thread.sleep(1_200); // let the visibility timeout expire

    assertThat(receive(url, 2))
        .isEmpty(); // a second receive would exceed maxReceiveCount: SQS moves it instead
    assertThat(receive(urls.get(spec.deadLetterName()), 5))
        .extracting(Message::body)
        .containsExactly("poison");
  }

  @Test
  void purgeAllQueues_emptiesThem() {
    String url = devstack.queueUrls().get(Queues.ORDER_PLACED.name());
    sqs.sendMessage(b -> b.queueUrl(url).messageBody("left over"));

    devstack.purgeAllQueues();

    assertThat(receive(url, 1)).isEmpty();
  }

  @Test
  void s3_putGetHeadList() {
    s3.putObject(
        b -> b.bucket(devstack.bucket()).key("it/plain.txt").contentType("text/plain"),
        RequestBody.fromString("hello"));

    assertThat(
            s3.getObjectAsBytes(b -> b.bucket(devstack.bucket()).key("it/plain.txt"))
                .asUtf8String())
        .isEqualTo("hello");
    assertThat(s3.headObject(b -> b.bucket(devstack.bucket()).key("it/plain.txt")).contentLength())
        .isEqualTo(5);
    assertThat(s3.listObjectsV2(b -> b.bucket(devstack.bucket()).prefix("it/")).contents())
        .extracting(S3Object::key)
        .contains("it/plain.txt");
  }

  @Test
  void s3_conditionalWrites_areHonoured() {
    String key = "it/conditional.txt";
    String etag =
        s3.putObject(
                b -> b.bucket(devstack.bucket()).key(key).ifNoneMatch("*"),
                RequestBody.fromString("first"))
            .eTag();

    assertThatThrownBy(
            () ->
                s3.putObject(
                    b -> b.bucket(devstack.bucket()).key(key).ifNoneMatch("*"),
                    RequestBody.fromString("second")))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(412));
    assertThatThrownBy(
            () ->
                s3.putObject(
                    b -> b.bucket(devstack.bucket()).key(key).ifMatch("\"0123456789abcdef\""),
                    RequestBody.fromString("third")))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(412));

    s3.putObject(
        b -> b.bucket(devstack.bucket()).key(key).ifMatch(etag), RequestBody.fromString("fourth"));
    assertThat(s3.getObjectAsBytes(b -> b.bucket(devstack.bucket()).key(key)).asUtf8String())
        .isEqualTo("fourth");
  }

  @Test
  void presignedGetUrl_worksWithAPlainHttpClient() throws Exception {
    s3.putObject(
        b -> b.bucket(devstack.bucket()).key("it/presigned.txt"), RequestBody.fromString("signed"));
    String url;
    try (S3Presigner presigner = devstack.newS3Presigner()) {
      url =
          presigner
              .presignGetObject(
                  p ->
                      p.signatureDuration(Duration.ofMinutes(5))
                          .getObjectRequest(
                              g -> g.bucket(devstack.bucket()).key("it/presigned.txt")))
              .url()
              .toString();
    }

    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(java.net.URI.create(url)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("signed");
    }
  }

  @Test
  void endpointProperties_nameEverySettingTheAppsRead() {
    assertThat(devstack.endpointProperties())
        .containsEntry("satpage.aws.region", "us-east-1")
        .containsEntry("satpage.aws.endpoint-sqs", devstack.sqsEndpoint().toString())
        .containsEntry("satpage.aws.endpoint-s3", devstack.s3Endpoint().toString())
        .containsEntry("satpage.aws.access-key", "satpage")
        .containsEntry("satpage.aws.secret-key", "satpage-secret")
        .containsEntry("satpage.bucket", "satpage-local")
        .containsEntry("satpage.imagery.endpoint", devstack.imageryEndpoint().toString())
        .containsEntry("satpage.imagery.api-key", "devstack-imagery-key");
  }

  @Test
  void imagerySimulator_answersOnItsEndpoint() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(
                      devstack
                          .imageryEndpoint()
                          .resolve("/tiles/3/1/2.jpg?key=" + devstack.imageryApiKey()))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).isEqualTo(200);
    }
  }

  private static Map<QueueAttributeName, String> attributes(String queueName) {
    String url = sqs.getQueueUrl(b -> b.queueName(queueName)).queueUrl();
    return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.ALL))
        .attributes();
  }

  private static List<Message> receive(String url, int waitSeconds) {
    return sqs.receiveMessage(
            b -> b.queueUrl(url).waitTimeSeconds(waitSeconds).maxNumberOfMessages(10))
        .messages();
  }
}
