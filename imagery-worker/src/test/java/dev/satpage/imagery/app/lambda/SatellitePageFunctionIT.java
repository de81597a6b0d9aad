package dev.satpage.imagery.app.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.imagery.OutputKeys;
import dev.satpage.model.book.SatellitePageSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The function URL handler invoked directly with payload format 2.0 events against devstack
 * (S3Proxy and the imagery simulator): a page made (objects in S3, presigned links that fetch the
 * JPEGs), a base64-encoded body, and refusals as problems.
 */
@ExtendWith(DevstackExtension.class)
class SatellitePageFunctionIT {
  private static final SatellitePageSpec PAGE =
      new SatellitePageSpec(41.8902, 12.4922, 17, 1200, 900, 300);
  private static final String PAGE_JSON =
      "{\"latitude\":41.8902,\"longitude\":12.4922,\"zoom\":17,"
          + "\"widthPx\":1200,\"heightPx\":900,\"previewWidthPx\":300}";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Devstack devstack;
  private static SatellitePageFunctionHandler handler;

  @BeforeAll
  static void start(Devstack started) {
    devstack = started;
    Map<String, String> env = new HashMap<>(LambdaProcess.satpageEnvironment(devstack));
    env.put("SATPAGE_IMAGERY_AZURE_MODE", "static");
    handler = new SatellitePageFunctionHandler(env);
  }

  private static APIGatewayV2HTTPEvent event(
      String method, String contentType, String body, boolean base64) {
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey("$default")
        .withRawPath("/satellite-pages")
        .withHeaders(contentType == null ? Map.of() : Map.of("content-type", contentType))
        .withRequestContext(
            APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId("it-" + System.nanoTime())
                .withHttp(
                    APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                        .withMethod(method)
                        .withPath("/satellite-pages")
                        .build())
                .build())
        .withBody(body)
        .withIsBase64Encoded(base64)
        .build();
  }

  private static JsonNode problem(APIGatewayV2HTTPResponse response, int status) throws Exception {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
    JsonNode problem = JSON.readTree(response.getBody());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    return problem;
  }

  @Test
  void post_makesThePage_withFetchableLinks() throws Exception {
    String encoded = Base64.getEncoder().encodeToString(PAGE_JSON.getBytes(StandardCharsets.UTF_8));

    APIGatewayV2HTTPResponse response =
        handler.handleRequest(event("POST", "application/json", encoded, true), null);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
    JsonNode page = JSON.readTree(response.getBody());
    OutputKeys keys = OutputKeys.of("azure", PAGE, 90, 85);
    assertThat(page.get("printUri").asText())
        .isEqualTo("s3://" + devstack.bucket() + "/" + keys.print());
    assertThat(page.get("previewUri").asText())
        .isEqualTo("s3://" + devstack.bucket() + "/" + keys.preview());
    assertThat(page.get("width").asInt()).isEqualTo(1200);
    assertThat(page.get("height").asInt()).isEqualTo(900);
    assertThat(page.get("provider").asText()).isEqualTo("azure");
    assertThat(page.get("attribution").asText()).isNotBlank();
    try (var s3 = devstack.newS3Client()) {
      assertThat(s3.headObject(b -> b.bucket(devstack.bucket()).key(keys.print())).contentLength())
          .isPositive();
    }
    try (HttpClient http = HttpClient.newHttpClient()) {
      for (String link : new String[] {"printUrl", "previewUrl"}) {
        HttpResponse<byte[]> got =
            http.send(
                HttpRequest.newBuilder(URI.create(page.get(link).asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(got.statusCode()).as(link).isEqualTo(200);
        assertThat(got.body()).startsWith(0xFF, 0xD8); // a JPEG's SOI marker
      }
    }

    APIGatewayV2HTTPResponse again =
        handler.handleRequest(event("POST", "application/json", PAGE_JSON, false), null);
    assertThat(JSON.readTree(again.getBody()).get("cached").asBoolean()).isTrue();
  }

  @Test
  void badInput_is400_outOfRange_is422_wrongMethod_is405() throws Exception {
    JsonNode invalid =
        problem(
            handler.handleRequest(
                event("POST", "application/json", PAGE_JSON.replace("41.8902", "95"), false), null),
            400);
    assertThat(invalid.get("field").asText()).isEqualTo("latitude");

    // 1200 px is wider than the whole world at zoom 1 (512 px).
    JsonNode outOfRange =
        problem(
            handler.handleRequest(
                event(
                    "POST",
                    "application/json",
                    PAGE_JSON.replace("\"zoom\":17", "\"zoom\":1"),
                    false),
                null),
            422);
    assertThat(outOfRange.get("reason").asText()).isEqualTo("imagery-out-of-range");

    problem(handler.handleRequest(event("GET", null, null, false), null), 405);
    problem(handler.handleRequest(event("POST", "text/plain", PAGE_JSON, false), null), 415);
    JsonNode notBase64 =
        problem(
            handler.handleRequest(event("POST", "application/json", "{not base64!", true), null),
            400);
    assertThat(notBase64.get("detail").asText()).contains("not valid base64");
  }
}
