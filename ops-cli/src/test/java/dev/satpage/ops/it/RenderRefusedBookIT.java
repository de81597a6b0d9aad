package dev.satpage.ops.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.satpage.devstack.DevstackConfig;
import dev.satpage.e2e.pipeline.LocalPipeline;
import dev.satpage.e2e.pipeline.OrderClient;
import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Dependency;
import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.port.StoredObject;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.storage.S3Uri;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A book whose render job the render worker refuses for good stays visible, end to end through the
 * documented entry points: an order on {@code satpage-order-placed}, the status API ({@code GET
 * /books/{id}}, {@code GET /books/stuck} with devstack's client key) and the ops CLI's {@code dlq
 * replay}. The render worker is down (scaled to zero) while the order flows, so the render job
 * waits; one of the book's imagery objects is deleted, as between dispatch and render; the worker
 * comes back and refuses with {@code missing-object}. The book must then read BLOCKED with that
 * reason and {@code satpage-render-jobs-dlq}, be listed once in the stuck report (past a 2 s {@code
 * stuck-after}), and, once the object is back and the job replayed, become READY — never RENDERING
 * for ever.
 */
class RenderRefusedBookIT {
  static final String BOOK = "vanish-b1";
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper mapper = new ObjectMapper();
  static LocalPipeline pipeline;

  @BeforeAll
  static void start() {
    pipeline =
        LocalPipeline.start(
            DevstackConfig.defaults(), Map.of("satpage.coordinator.stuck-after", "PT2S"));
  }

  @AfterAll
  static void stop() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  @Test
  void aRenderJobRefusedForAVanishedImage_isBlockedAndStuck_untilReplayedAfterTheImageIsBack()
      throws Exception {
    pipeline.stopRenderWorker();
    new OrderClient(pipeline)
        .place(
            OrderPlaced.of(
                "vanish-o1",
                Instant.now(),
                List.of(
                    new BookOrder(
                        BOOK,
                        "satellite-adventure",
                        Purpose.PREVIEW,
                        new Personalisation("Ada", 59.3293, 18.0686)))));
    await("the render job dispatched")
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> state(book()).equals("RENDERING"));

    // An imagery object of the book vanishes between dispatch and render.
    DefinitionFile patched =
        Json.read(
            pipeline.store().get(S3Layout.patchedDefinition(BOOK, 1)).orElseThrow().content(),
            DefinitionFile.class);
    Dependency dependency = patched.dependencies().values().iterator().next();
    String key = S3Uri.parse(dependency.previewUri()).key();
    StoredObject image = pipeline.store().get(key).orElseThrow();
    pipeline.store().delete(key);
    pipeline.startRenderWorker();

    await("the render job refused")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> state(book()).equals("BLOCKED"));
    JsonNode blocked = book();
    assertThat(blocked.path("render").path("reason").asText())
        .contains("missing-object")
        .contains(dependency.id());
    assertThat(blocked.path("render").path("location").asText())
        .isEqualTo(Queues.RENDER_JOBS.deadLetterName());
    JsonNode stuck = get("/books/stuck");
    assertThat(
            StreamSupport.stream(stuck.path("stuck").spliterator(), false)
                .filter(b -> b.path("bookId").asText().equals(BOOK)))
        .as("listed once in the stuck report")
        .hasSize(1);
    // ops book reads the same state as the status API (one reader), and says why.
    Cli.Result ops = Cli.run(pipeline.devstack(), "book", BOOK);
    assertThat(ops.out())
        .as(ops.err())
        .contains("state: BLOCKED; stage: blocked: the render job was refused (missing-object")
        .contains(Queues.RENDER_JOBS.deadLetterName());

    pipeline.store().put(key, image.content(), "image/jpeg");
    Cli.Result replay =
        Cli.run(pipeline.devstack(), "dlq", "replay", Queues.RENDER_JOBS.deadLetterName());
    assertThat(replay.exitCode()).as(replay.out() + replay.err()).isZero();

    await("rendered after the replay")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> state(book()).equals("READY"));
    assertThat(
            StreamSupport.stream(get("/books/stuck").path("stuck").spliterator(), false)
                .noneMatch(b -> b.path("bookId").asText().equals(BOOK)))
        .as("no longer stuck")
        .isTrue();
  }

  private static JsonNode book() throws Exception {
    return get("/books/" + BOOK);
  }

  private static String state(JsonNode book) {
    return book.path("state").asText();
  }

  /** The status API as the back office calls it, with devstack's client key. */
  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(pipeline.previewApi().resolve(path))
                .header("Authorization", "Bearer " + pipeline.devstack().previewApiKey())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 404
        ? mapper.createObjectNode()
        : mapper.readTree(response.body());
  }
}
