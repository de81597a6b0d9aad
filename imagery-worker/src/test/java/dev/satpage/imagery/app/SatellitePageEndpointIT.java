package dev.satpage.imagery.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.imagery.OutputKeys;
import dev.satpage.model.book.SatellitePageSpec;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code POST /satellite-pages} through real HTTP on the Spring worker over devstack: a page made
 * (objects in S3, links that fetch), a bad spec refused with a 400 problem naming the field, a page
 * outside the world at its zoom with a 422 problem.
 */
@ExtendWith(DevstackExtension.class)
class SatellitePageEndpointIT {
  private static final SatellitePageSpec PAGE =
      new SatellitePageSpec(37.9715, 23.7257, 17, 1200, 900, 300);
  private static final String PAGE_JSON =
      "{\"latitude\":37.9715,\"longitude\":23.7257,\"zoom\":17,"
          + "\"widthPx\":1200,\"heightPx\":900,\"previewWidthPx\":300}";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Devstack devstack;
  private static ConfigurableApplicationContext app;
  private static HttpClient http;
  private static URI endpoint;

  @BeforeAll
  static void start(Devstack started) throws IOException {
    devstack = started;
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Map<String, Object> properties = new HashMap<>(devstack.endpointProperties());
    properties.put("spring.cloud.aws.sqs.listener.poll-timeout", "1s");
    properties.put("satpage.imagery.api.port", port);
    app = ImageryWorkerApplication.start(properties);
    http = HttpClient.newHttpClient();
    endpoint = URI.create("http://localhost:" + port + "/satellite-pages");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    if (http != null) {
      http.close();
    }
  }

  private static HttpResponse<String> post(String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    return problem;
  }

  @Test
  void post_makesThePage_withFetchableLinks() throws Exception {
    HttpResponse<String> response = post(PAGE_JSON);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode page = JSON.readTree(response.body());
    String provider = page.get("provider").asText();
    OutputKeys keys = OutputKeys.of(provider, PAGE, 90, 85);
    assertThat(page.get("printUri").asText())
        .isEqualTo("s3://" + devstack.bucket() + "/" + keys.print());
    assertThat(page.get("width").asInt()).isEqualTo(1200);
    assertThat(page.get("height").asInt()).isEqualTo(900);
    assertThat(page.get("cached").asBoolean()).isFalse();
    try (var s3 = devstack.newS3Client()) {
      assertThat(s3.headObject(b -> b.bucket(devstack.bucket()).key(keys.print())).contentLength())
          .isPositive();
      assertThat(
              s3.headObject(b -> b.bucket(devstack.bucket()).key(keys.preview())).contentLength())
          .isPositive();
    }
    for (String link : new String[] {"printUrl", "previewUrl"}) {
      HttpResponse<byte[]> got =
          http.send(
              HttpRequest.newBuilder(URI.create(page.get(link).asText())).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(got.statusCode()).as(link).isEqualTo(200);
      assertThat(got.body()).startsWith(0xFF, 0xD8); // a JPEG's SOI marker
    }
  }

  @Test
  void badSpec_is400_pageOutsideTheWorld_is422_oversized_is413_getIs405() throws Exception {
    JsonNode invalid =
        problem(post(PAGE_JSON.replace("\"widthPx\":1200", "\"widthPx\":99999")), 400);
    assertThat(invalid.get("field").asText()).isEqualTo("widthPx");

    // 1200 px is wider than the whole world at zoom 1 (512 px).
    JsonNode outOfRange = problem(post(PAGE_JSON.replace("\"zoom\":17", "\"zoom\":1")), 422);
    assertThat(outOfRange.get("reason").asText()).isEqualTo("imagery-out-of-range");

    problem(post(PAGE_JSON + " ".repeat(20 * 1024)), 413);
    HttpResponse<String> get =
        http.send(
            HttpRequest.newBuilder(endpoint).GET().build(), HttpResponse.BodyHandlers.ofString());
    problem(get, 405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
  }
}
