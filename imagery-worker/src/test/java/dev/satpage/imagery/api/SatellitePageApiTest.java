package dev.satpage.imagery.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.satpage.imagery.ImageryMetrics;
import dev.satpage.imagery.ImageryService;
import dev.satpage.imagery.OutputKeys;
import dev.satpage.imagery.OutputSettings;
import dev.satpage.imagery.PageObserver;
import dev.satpage.imagery.PagePipeline;
import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.imagery.fetch.ImagerySourceContract;
import dev.satpage.imagery.fetch.PageFetcher;
import dev.satpage.imagery.plan.CentredGridPlanner;
import dev.satpage.imagery.testing.FakeImagerySource;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.port.LinkSigner;
import dev.satpage.model.port.WriteOptions;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.testing.InMemoryJobQueue;
import dev.satpage.model.testing.InMemoryObjectStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SatellitePageApiTest {
  private static final String SPEC_JSON =
      "{\"latitude\":51.5007,\"longitude\":-0.1246,\"zoom\":17,"
          + "\"widthPx\":1024,\"heightPx\":768,\"previewWidthPx\":256}";
  private static final SatellitePageSpec SPEC =
      new SatellitePageSpec(51.5007, -0.1246, 17, 1024, 768, 256);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final InMemoryObjectStore store = new InMemoryObjectStore("satpage-test");
  private final InMemoryJobQueue queue = new InMemoryJobQueue();
  private final FakeImagerySource source = new FakeImagerySource();
  private final LinkSigner links =
      (key, validity) -> {
        LinkSigner.check(key, validity);
        return URI.create("https://links.test/" + key + "?valid=" + validity.toSeconds());
      };
  private final SatellitePageApi api =
      new SatellitePageApi(
          new ImageryService(
              new PagePipeline(
                  CentredGridPlanner.bing(),
                  new PageFetcher(source, 2),
                  new ImageIoJpegCodec(),
                  new OutputSettings(90, 85, 300, WriteOptions.Encryption.SSE_S3)),
              store,
              queue,
              Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC),
              ImageryMetrics.NONE,
              PageObserver.NONE),
          links);

  private static ApiRequest post(String body) {
    return new ApiRequest(
        "POST",
        SatellitePageApi.PATH,
        "application/json; charset=utf-8",
        body.getBytes(StandardCharsets.UTF_8),
        "req-1");
  }

  private static JsonNode body(ApiResponse response) throws Exception {
    return JSON.readTree(response.body());
  }

  private static void assertProblem(ApiResponse response, int status) throws Exception {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.headers()).containsEntry("Content-Type", "application/problem+json");
    JsonNode problem = body(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
  }

  @Test
  void post_makesThePage_answersUrisAndLinks_announcesNothing_thenServesItFromTheStore()
      throws Exception {
    ApiResponse response = api.handle(post(SPEC_JSON));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers()).containsEntry("Content-Type", "application/json");
    OutputKeys keys = OutputKeys.of("fake", SPEC, 90, 85);
    JsonNode page = body(response);
    assertThat(page.get("printUri").asText()).isEqualTo("s3://satpage-test/" + keys.print());
    assertThat(page.get("previewUri").asText()).isEqualTo("s3://satpage-test/" + keys.preview());
    assertThat(page.get("printUrl").asText())
        .isEqualTo("https://links.test/" + keys.print() + "?valid=900");
    assertThat(page.get("previewUrl").asText())
        .isEqualTo("https://links.test/" + keys.preview() + "?valid=900");
    assertThat(page.get("width").asInt()).isEqualTo(1024);
    assertThat(page.get("height").asInt()).isEqualTo(768);
    assertThat(page.get("provider").asText()).isEqualTo("fake");
    assertThat(page.get("attribution").asText()).isEqualTo("© Fake Imagery");
    assertThat(page.get("cached").asBoolean()).isFalse();
    assertThat(store.exists(keys.print())).isTrue();
    assertThat(store.exists(keys.preview())).isTrue();
    assertThat(queue.sent(Queues.IMAGERY_COMPLETED_NAME)).isEmpty();

    assertThat(body(api.handle(post(SPEC_JSON))).get("cached").asBoolean()).isTrue();
  }

  @Test
  void invalidSpec_is400_namingTheField() throws Exception {
    ApiResponse response = api.handle(post(SPEC_JSON.replace("\"zoom\":17", "\"zoom\":40")));

    assertProblem(response, 400);
    assertThat(body(response).get("field").asText()).isEqualTo("zoom");
    assertThat(store.list("")).isEmpty();
  }

  @Test
  void malformedOrMissingFields_are400() throws Exception {
    assertProblem(api.handle(post("{not json")), 400);
    ApiResponse missing = api.handle(post("{\"latitude\":51.5,\"longitude\":0.1}"));
    assertProblem(missing, 400);
    assertThat(body(missing).get("field").asText()).isNotBlank();
    assertProblem(api.handle(post("")), 400);
  }

  @Test
  void pageOutsideTheWorldAtItsZoom_is422_withTheReason() throws Exception {
    // 1024 px is wider than the whole world at zoom 1 (512 px).
    ApiResponse response = api.handle(post(SPEC_JSON.replace("\"zoom\":17", "\"zoom\":1")));

    assertProblem(response, 422);
    assertThat(body(response).get("reason").asText()).isEqualTo("imagery-out-of-range");
    assertThat(store.list("")).isEmpty();
  }

  @Test
  void providerBusy_is503() throws Exception {
    source.provoke(ImagerySourceContract.Fault.THROTTLED);

    assertProblem(api.handle(post(SPEC_JSON)), 503);
  }

  @Test
  void transientFailure_is503_withoutRetryAfter() throws Exception {
    source.provoke(ImagerySourceContract.Fault.HANGS);

    ApiResponse response = api.handle(post(SPEC_JSON));
    assertProblem(response, 503);
    assertThat(response.headers()).doesNotContainKey("Retry-After");
  }

  @Test
  void retryAfter_isWholeSecondsRoundedUp() throws Exception {
    ApiResponse response = Problems.unavailable("busy", Duration.ofMillis(1500));

    assertProblem(response, 503);
    assertThat(response.headers()).containsEntry("Retry-After", "2");
    assertThat(body(response).get("retryAfterSeconds").asInt()).isEqualTo(2);
  }

  @Test
  void oversizedBody_is413() throws Exception {
    String padded = SPEC_JSON + " ".repeat(SatellitePageApi.MAX_BODY_BYTES);

    assertProblem(api.handle(post(padded)), 413);
  }

  @Test
  void wrongMethod_is405_withAllow() throws Exception {
    ApiResponse response =
        api.handle(new ApiRequest("GET", SatellitePageApi.PATH, null, null, "req-1"));

    assertProblem(response, 405);
    assertThat(response.headers()).containsEntry("Allow", "POST");
  }

  @Test
  void wrongContentType_is415_andOtherPaths_404() throws Exception {
    byte[] json = SPEC_JSON.getBytes(StandardCharsets.UTF_8);
    assertProblem(
        api.handle(new ApiRequest("POST", SatellitePageApi.PATH, "text/plain", json, "r")), 415);
    assertProblem(api.handle(new ApiRequest("POST", SatellitePageApi.PATH, null, json, "r")), 415);
    assertProblem(api.handle(new ApiRequest("POST", "/other", "application/json", json, "r")), 404);
  }
}
