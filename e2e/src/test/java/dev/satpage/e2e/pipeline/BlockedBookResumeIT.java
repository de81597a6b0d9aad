package dev.satpage.e2e.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.satpage.model.book.Purpose;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.queue.Queues;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Failure and resume, through the web shop's preview API (with devstack's client key): the imagery
 * provider answers garbage, the satellite-page jobs fail permanently into their DLQ and the preview
 * reports {@code blocked} with the reason and the DLQ; once the provider is healthy and the jobs
 * are moved back, the book finishes on its own — rendered exactly once — and the preview's
 * presigned links download the pages.
 */
class BlockedBookResumeIT {
  static LocalPipeline pipeline;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    pipeline = LocalPipeline.start();
  }

  @AfterAll
  static void stop() {
    pipeline.close();
  }

  @Test
  void blockedPreview_resumesAfterDlqReplay_andIsRenderedOnce() throws Exception {
    pipeline.devstack().imagery().faults().wrongContentTypeRate(1.0);
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(pipeline.previewApi().resolve("/previews"))
                .header("Authorization", "Bearer " + pipeline.devstack().previewApiKey())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Mateo\",\"latitude\":41.4036,\"longitude\":2.1744,\"product\":\"satellite-adventure\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).isEqualTo(202);
    URI status =
        pipeline.previewApi().resolve(created.headers().firstValue("Location").orElseThrow());

    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> get(status).contains("\"status\":\"blocked\""));
    String blocked = get(status);
    assertThat(blocked)
        .contains("imagery-corrupt")
        .contains(Queues.SATELLITE_PAGE_JOBS.deadLetterName());

    pipeline.devstack().imagery().faults().reset();
    int moved =
        moveBack(Queues.SATELLITE_PAGE_JOBS.deadLetterName(), Queues.SATELLITE_PAGE_JOBS_NAME, 2);
    assertThat(moved).isEqualTo(2);

    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> get(status).contains("\"status\":\"ready\""));
    String ready = get(status);
    Matcher link = Pattern.compile("\"url\":\"([^\"]+)\"").matcher(ready);
    assertThat(link.find()).isTrue();
    HttpResponse<byte[]> page =
        http.send(
            HttpRequest.newBuilder(URI.create(link.group(1))).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(page.statusCode()).as("presigned page link").isEqualTo(200);
    assertThat(page.body()[0] & 0xff).isEqualTo(0xFF); // a JPEG

    PipelineEvents events = new PipelineEvents(pipeline);
    List<BookRendered> rendered = events.poll(2);
    events.poll(2);
    assertThat(events.rendered())
        .singleElement()
        .satisfies(r -> assertThat(r.purpose()).isEqualTo(Purpose.PREVIEW));
    assertThat(rendered).isNotEmpty();
  }

  private static String get(URI uri) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + pipeline.devstack().previewApiKey())
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  /**
   * What ops do with the ops CLI's `dlq replay`, in its simplest form: copy, then delete from the
   * DLQ.
   */
  private static int moveBack(String dlq, String target, int expected) {
    String from = pipeline.queue().urlOf(dlq);
    String to = pipeline.queue().urlOf(target);
    int moved = 0;
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (moved < expected && System.nanoTime() < deadline) {
      for (Message m :
          pipeline
              .sqs()
              .receiveMessage(
                  b ->
                      b.queueUrl(from)
                          .maxNumberOfMessages(10)
                          .waitTimeSeconds(1)
                          .messageAttributeNames("All"))
              .messages()) {
        pipeline.sqs().sendMessage(b -> b.queueUrl(to).messageBody(m.body()));
        pipeline.sqs().deleteMessage(b -> b.queueUrl(from).receiptHandle(m.receiptHandle()));
        moved++;
      }
    }
    return moved;
  }
}
