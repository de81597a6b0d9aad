package dev.satpage.producer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The preview API's access checks end to end, on a producer configured as on AWS — clients by
 * SHA-256 hash with their scopes — but with a tight rate limit (burst 3, one request per 20 s) and
 * a 512-byte body limit. Each test uses its own client so that their buckets do not interfere;
 * every refusal is an RFC 9457 problem the OpenAPI document allows.
 */
@ExtendWith(DevstackExtension.class)
class PreviewApiAccessIT {
  static final String SHOP_KEY = "shop.0f3c1d1e6a5b4c2d9e8f7a6b5c4d3e2f";
  static final String OPS_KEY = "ops.a1b2c3d4e5f60718293a4b5c6d7e8f90";
  static final String BURST_KEY = "burst.9a8b7c6d5e4f30211203f4e5d6c7b8a9";
  static final String SIZES_KEY = "sizes.5f4e3d2c1b0a99887766554433221100";
  static final String BODY =
      "{\"name\":\"Ada\",\"latitude\":51.4769,\"longitude\":-0.0005,\"product\":\"satellite-adventure\"}";

  static Devstack devstack;
  static ConfigurableApplicationContext app;
  static ApiCalls api;

  @BeforeAll
  static void start(Devstack started) {
    devstack = started;
    app =
        ProducerTestApps.start(
            devstack,
            Map.of(
                "satpage.preview-api.clients",
                    String.join(
                        ",",
                        "shop:" + sha256Hex(SHOP_KEY) + ":previews",
                        "ops:" + sha256Hex(OPS_KEY) + ":books",
                        "burst:" + sha256Hex(BURST_KEY),
                        "sizes:" + sha256Hex(SIZES_KEY)),
                "satpage.preview-api.rate-limit.requests-per-second", "0.05",
                "satpage.preview-api.rate-limit.burst", "3",
                "satpage.preview-api.max-request-bytes", "512"));
    URI base =
        URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
    api = new ApiCalls(base, null, OpenApiDocument.packaged());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** The hash as an operator computes it: {@code printf %s "$key" | sha256sum}. */
  static String sha256Hex(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void noKey_aWrongKey_andAnotherClientsSecret_are401Problems() {
    for (String key :
        new String[] {
          null,
          "shop.wrong-secret",
          "nobody.0f3c1d1e6a5b4c2d9e8f7a6b5c4d3e2f",
          "ops." + SHOP_KEY.substring("shop.".length()),
          devstack.previewApiKey()
        }) {
      HttpResponse<String> refused = api.withKey(key).get("/previews/pv-000000000000000000000000");
      assertThat(refused.statusCode()).as(String.valueOf(key)).isEqualTo(401);
      assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(refused.headers().firstValue("WWW-Authenticate"))
          .hasValue("Bearer realm=\"satpage-preview-api\"");
      assertThat(refused.body())
          .contains("\"status\":401")
          .doesNotContain(key == null ? "\u0000" : key);
    }
    HttpResponse<String> basic =
        api.raw("GET", "/books/stuck", Map.of("Authorization", "Basic b3BzOnBhc3M="), null);
    assertThat(basic.statusCode()).isEqualTo(401);
  }

  @Test
  void aClientOutsideItsScopes_is403_namingTheClient() {
    HttpResponse<String> shopOnBooks = api.withKey(SHOP_KEY).get("/books/stuck");
    assertThat(shopOnBooks.statusCode()).isEqualTo(403);
    assertThat(shopOnBooks.body())
        .contains("\"client\":\"shop\"")
        .contains("books")
        .doesNotContain(SHOP_KEY);
    HttpResponse<String> opsOnPreviews =
        api.withKey(OPS_KEY).get("/previews/pv-000000000000000000000000");
    assertThat(opsOnPreviews.statusCode()).isEqualTo(403);
    assertThat(api.withKey(OPS_KEY).get("/books/stuck").statusCode()).isEqualTo(200);
  }

  @Test
  void aBurst_is429_withRetryAfter_afterTheConfiguredBurst() {
    ApiCalls burst = api.withKey(BURST_KEY);
    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> last = null;
    for (int i = 0; i < 5; i++) {
      last = burst.get("/previews/pv-000000000000000000000000");
      statuses.add(last.statusCode());
    }
    // burst 3, refilled at one per 20 s: the 4th and 5th come long before a token is back
    assertThat(statuses).containsExactly(404, 404, 404, 429, 429);
    long retryAfter = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 20L);
    assertThat(last.body())
        .contains("\"client\":\"burst\"")
        .contains("\"retryAfterSeconds\":" + retryAfter);
  }

  @Test
  void aDeclaredBodyOverTheLimit_andAChunkedOne_are413_andOneUnderItIsAccepted() throws Exception {
    ApiCalls sizes = api.withKey(SIZES_KEY);
    String big =
        "{\"name\":\""
            + "A".repeat(600)
            + "\",\"latitude\":1,\"longitude\":1,\"product\":\"satellite-adventure\"}";
    HttpResponse<String> declared = sizes.post("/previews", big, "application/json");
    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(declared.body()).contains("\"limitBytes\":512");

    // No Content-Length: the body is streamed chunked, and refused while it is read.
    HttpRequest chunked =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + app.getEnvironment().getProperty("local.server.port")
                        + "/previews"))
            .header("Authorization", "Bearer " + SIZES_KEY)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
            .build();
    HttpResponse<String> streamed =
        ApiCalls.HTTP.send(chunked, HttpResponse.BodyHandlers.ofString());
    assertThat(streamed.statusCode()).as(streamed.body()).isEqualTo(413);
    assertThat(streamed.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(
            OpenApiDocument.packaged()
                .validateResponse("POST", "/previews", streamed)
                .getMessages())
        .isEmpty();

    assertThat(sizes.post("/previews", BODY, "application/json").statusCode()).isEqualTo(202);
    devstack.purgeAllQueues();
  }

  @Test
  void withoutAnyConfiguredClient_theProducerDoesNotStart() {
    assertThatThrownBy(
            () ->
                ProducerTestApps.start(devstack, Map.of("satpage.preview-api.clients", "")).close())
        .hasStackTraceContaining("no preview API clients configured");
  }
}
