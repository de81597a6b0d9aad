package dev.satpage.ops.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.satpage.e2e.pipeline.LocalPipeline;
import dev.satpage.e2e.pipeline.OrderClient;
import dev.satpage.e2e.pipeline.PipelineEvents;
import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The whole pipeline, then dead letters replayed with the CLI: an order that never got through (its
 * message in the order-placed DLQ, as after exhausted transient failures) and, for a book already
 * rendered, copies of its render job and imagery completions in their DLQs (the "twice" of a replay
 * killed between send and delete). After the replays every book is rendered exactly once: one
 * {@code BookRendered} per book.
 */
class PipelineReplayIT {
  static LocalPipeline pipeline;
  static PipelineEvents events;

  @BeforeAll
  static void start() {
    pipeline = LocalPipeline.start();
    events = new PipelineEvents(pipeline);
  }

  @AfterAll
  static void stop() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  static OrderPlaced order(String orderId, String bookId, double lat, double lon) {
    return OrderPlaced.of(
        orderId,
        Instant.parse("2026-11-27T10:00:00Z"),
        List.of(
            new BookOrder(
                bookId,
                "satellite-adventure",
                Purpose.PREVIEW,
                new Personalisation("Ada", lat, lon))));
  }

  static void deadLetter(QueueSpec spec, String id, String body, String orderId, String bookId) {
    pipeline
        .queue()
        .send(
            spec.deadLetterName(),
            new OutboundMessage(
                id,
                body,
                Map.of(
                    FailureAttributes.ORDER_ID,
                    orderId,
                    FailureAttributes.BOOK_ID,
                    bookId,
                    FailureAttributes.REASON,
                    "test-outage",
                    FailureAttributes.FAILED_AT,
                    Instant.now().toString())));
  }

  static Map<String, Long> renderedPerBook() {
    return events.rendered().stream()
        .collect(Collectors.groupingBy(BookRendered::bookId, Collectors.counting()));
  }

  @Test
  void replayedDeadLetters_endWithExactlyOneRenderPerBook() throws Exception {
    new OrderClient(pipeline).place(order("rp-o1", "rp-b1", 51.4769, -0.0005));
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ZERO)
        .until(() -> events.poll(1).stream().anyMatch(r -> r.bookId().equals("rp-b1")));

    // rp-b1 is done; put its render job and completions into the DLQs again, as a half-finished
    // replay would leave them.
    var store = pipeline.store();
    String patched = store.uriOf(S3Layout.patchedDefinition("rp-b1", 1));
    RenderJob job =
        new RenderJob(
            RenderJob.SCHEMA_VERSION,
            RenderJob.idempotencyKey("rp-b1", 1),
            "rp-o1",
            "rp-b1",
            1,
            patched,
            Instant.now());
    deadLetter(Queues.RENDER_JOBS, "rj", Json.write(job), "rp-o1", "rp-b1");
    for (String key : store.list(S3Layout.resolvedPrefix("rp-b1", 1))) {
      // A resolved marker is the ImageryCompleted event that created it.
      String completed =
          new String(
              store.get(key).orElseThrow().content(), java.nio.charset.StandardCharsets.UTF_8);
      deadLetter(Queues.IMAGERY_COMPLETED, "ic", completed, "rp-o1", "rp-b1");
    }
    // rp-b2 never got through: its order sits in the order-placed DLQ, and nothing about it exists
    // in S3.
    deadLetter(
        Queues.ORDER_PLACED,
        "op",
        Json.write(order("rp-o2", "rp-b2", -33.8568, 151.2153)),
        "rp-o2",
        "rp-b2");

    Cli.Result book = Cli.run(pipeline.devstack(), "book", "rp-b1", "--json");
    assertThat(book.exitCode()).as(book.err()).isZero();
    var report = new ObjectMapper().readTree(book.out());
    assertThat(report.path("stage").asText()).isEqualTo("rendered");
    assertThat(report.path("deadLetters").size())
        .as("render job + completions found in DLQs")
        .isGreaterThanOrEqualTo(2);

    for (QueueSpec q : List.of(Queues.ORDER_PLACED, Queues.IMAGERY_COMPLETED, Queues.RENDER_JOBS)) {
      Cli.Result r = Cli.run(pipeline.devstack(), "dlq", "replay", q.deadLetterName());
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).doesNotContain("moved 0");
    }

    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ZERO)
        .until(() -> events.poll(1).stream().anyMatch(r -> r.bookId().equals("rp-b2")));
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(PipelineReplayIT::idle);
    events.poll(2); // a second render of rp-b1 would show here
    assertThat(renderedPerBook()).isEqualTo(Map.of("rp-b1", 1L, "rp-b2", 1L));
    assertThat(Cli.run(pipeline.devstack(), "book", "rp-b2").out()).contains("stage: rendered");
  }

  private static boolean idle() {
    for (QueueSpec spec :
        List.of(
            Queues.ORDER_PLACED,
            Queues.SATELLITE_PAGE_JOBS,
            Queues.IMAGERY_COMPLETED,
            Queues.RENDER_JOBS)) {
      Map<QueueAttributeName, String> a =
          pipeline
              .sqs()
              .getQueueAttributes(
                  b ->
                      b.queueUrl(pipeline.queue().urlOf(spec.name()))
                          .attributeNames(
                              QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                              QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
              .attributes();
      if (!"0".equals(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
          || !"0".equals(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))) {
        return false;
      }
    }
    return true;
  }
}
