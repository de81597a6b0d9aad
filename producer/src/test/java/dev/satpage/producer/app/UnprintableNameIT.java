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
import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import java.net.URI;
import java.net.http.HttpResponse;
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
 * A child's name no print font covers is refused when the order is placed, through both entry
 * points: the order-placed queue (dead-lettered with {@code unprintable-name} and the script) and
 * the preview API (a 400 problem naming the {@code name} field); a name in a printed script is
 * accepted by both.
 */
@ExtendWith(DevstackExtension.class)
class UnprintableNameIT {
  static Devstack devstack;
  static ConfigurableApplicationContext app;
  static SqsClient sqs;
  static SqsJobQueue queue;
  static S3ObjectStore store;
  static ApiCalls api;

  @BeforeAll
  static void start(Devstack started) {
    devstack = started;
    app = ProducerTestApps.start(devstack);
    AwsSettings settings = ProducerTestApps.settings(devstack);
    sqs = AwsClients.sqs(settings);
    queue = new SqsJobQueue(sqs);
    store = new S3ObjectStore(AwsClients.s3(settings), devstack.bucket());
    URI base =
        URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
    api = new ApiCalls(base, devstack.previewApiKey(), OpenApiDocument.packaged());
  }

  @AfterAll
  static void stop() {
    app.close();
    sqs.close();
  }

  @Test
  void anOrderWithACuneiformName_isDeadLetteredAsUnprintableName_beforeAnythingIsWritten() {
    BookOrder printable =
        new BookOrder(
            "un-1-b1",
            "satellite-adventure",
            Purpose.PRINT,
            new Personalisation("太郎", 35.68, 139.76));
    BookOrder cuneiform =
        new BookOrder(
            "un-1-b2",
            "satellite-adventure",
            Purpose.PRINT,
            new Personalisation("𒀀𒀁", 33.1, 44.1));
    queue.send(
        Queues.ORDER_PLACED_NAME,
        new OutboundMessage(
            "o",
            Json.write(OrderPlaced.of("un-1", Instant.now(), List.of(printable, cuneiform))),
            Map.of(FailureAttributes.ORDER_ID, "un-1")));

    List<Message> dead = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> dead.addAll(receive(Queues.ORDER_PLACED.deadLetterName())));
    Map<String, String> attrs = new HashMap<>();
    dead.getFirst().messageAttributes().forEach((k, v) -> attrs.put(k, v.stringValue()));
    assertThat(attrs)
        .containsEntry(FailureAttributes.REASON, "unprintable-name")
        .containsEntry(FailureAttributes.ORDER_ID, "un-1");
    assertThat(attrs.get(FailureAttributes.DETAIL))
        .contains("un-1-b2", "U+12000", "script Cuneiform");
    assertThat(store.exists(S3Layout.definition("un-1-b1")))
        .as("the whole order is refused")
        .isFalse();
    assertThat(receive(Queues.SATELLITE_PAGE_JOBS_NAME)).isEmpty();
  }

  @Test
  void anOrderWithArabicAndKoreanNames_isAccepted() {
    queue.send(
        Queues.ORDER_PLACED_NAME,
        OutboundMessage.of(
            "o",
            Json.write(
                OrderPlaced.of(
                    "un-2",
                    Instant.now(),
                    List.of(
                        new BookOrder(
                            "un-2-b1",
                            "satellite-adventure",
                            Purpose.PRINT,
                            new Personalisation("محمد", 30.04, 31.24)),
                        new BookOrder(
                            "un-2-b2",
                            "satellite-adventure",
                            Purpose.PREVIEW,
                            new Personalisation("서연", 37.57, 126.98)))))));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                store.exists(S3Layout.definition("un-2-b1"))
                    && store.exists(S3Layout.definition("un-2-b2")));
    receive(Queues.SATELLITE_PAGE_JOBS_NAME);
  }

  @Test
  void aPreviewOfALinearBName_is400ProblemNamingTheNameField_withTheReasonAndScript() {
    HttpResponse<String> refused =
        api.post(
            "/previews",
            "{\"name\":\"𐀀𐀁\",\"latitude\":35.3,\"longitude\":25.16,\"product\":\"satellite-adventure\"}",
            "application/json");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(refused.body())
        .contains("\"field\":\"name\"", "unprintable-name", "U+10000", "script Linear B");

    HttpResponse<String> hebrew =
        api.post(
            "/previews",
            "{\"name\":\"דוד\",\"latitude\":31.77,\"longitude\":35.21,\"product\":\"satellite-adventure\"}",
            "application/json");
    assertThat(hebrew.statusCode()).isEqualTo(202);
    devstack.purgeAllQueues();
  }

  private static List<Message> receive(String queueName) {
    return TestQueues.receiveAndDelete(sqs, queueName);
  }
}
