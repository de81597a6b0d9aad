package dev.satpage.infra.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.infra.TfFixtures;
import dev.satpage.infra.hcl.TfModule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code POST /satellite-pages} as Terraform deploys it (lambda_api.tf): the handler Terraform
 * names, started by the real runtime interface client with Terraform's environment and nothing else
 * ({@link DeployedFunction}), invoked with function URL events (payload format 2.0: {@code
 * requestContext.http.method}, {@code rawPath}, lower-case headers, {@code isBase64Encoded};
 * https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html, "Request and response
 * payloads", read 2026-12-03) and answering in the same format.
 */
@ExtendWith(DevstackExtension.class)
class ImageryApiFunctionIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAGE_JSON =
      "{\"latitude\":48.8584,\"longitude\":2.2945,\"zoom\":17,"
          + "\"widthPx\":1200,\"heightPx\":900,\"previewWidthPx\":300}";

  private static Devstack devstack;
  private static DeployedFunction function;

  @BeforeAll
  static void start(Devstack started) throws Exception {
    devstack = started;
    function =
        DeployedFunction.start(
            devstack, TfFixtures.module(), "imagery_api_lambda_handler", "satpage-it-imagery-api");
  }

  @AfterAll
  static void stop() throws Exception {
    if (function != null) {
      function.close();
    }
  }

  @Test
  void terraform_servesTheApiFromTheImageryZip_behindAnIamFunctionUrl_withReservedConcurrency() {
    TfModule tf = TfFixtures.module();
    JsonNode api = tf.resources("aws_lambda_function").get("imagery_api");
    JsonNode queueFed = tf.resources("aws_lambda_function").get("imagery");

    assertThat(api.get("s3_key")).isEqualTo(queueFed.get("s3_key"));
    assertThat(api.get("environment").get(0).get("variables"))
        .isEqualTo(queueFed.get("environment").get(0).get("variables"));
    assertThat(api.get("reserved_concurrent_executions").asText())
        .isEqualTo("${var.imagery_api_reserved_concurrency}");
    assertThat(
            tf.resources("aws_lambda_function_url")
                .get("imagery_api")
                .get("authorization_type")
                .asText())
        .isEqualTo("AWS_IAM");
  }

  @Test
  void aPostMakesThePage_andAnswersItsS3UrisAndLinksThatFetchIt() throws Exception {
    JsonNode response = invoke("POST", "application/json", PAGE_JSON, false);

    assertThat(response.get("statusCode").asInt()).as(response.toString()).isEqualTo(200);
    JsonNode page = JSON.readTree(response.get("body").asText());
    String printUri = page.get("printUri").asText();
    assertThat(printUri).startsWith("s3://" + devstack.bucket() + "/imagery/").endsWith(".jpg");
    assertThat(page.get("provider").asText()).isEqualTo("azure"); // Terraform's default provider
    try (S3Client s3 = devstack.newS3Client()) {
      String key = printUri.substring(("s3://" + devstack.bucket() + "/").length());
      assertThat(s3.headObject(b -> b.bucket(devstack.bucket()).key(key)).contentLength())
          .isPositive();
    }
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<byte[]> preview =
          http.send(
              HttpRequest.newBuilder(URI.create(page.get("previewUrl").asText())).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(preview.statusCode()).isEqualTo(200);
      assertThat(preview.body()).startsWith(0xFF, 0xD8); // a JPEG's SOI marker
    }
  }

  @Test
  void badInput_isAProblem_fromTheDeployedFunction() throws Exception {
    JsonNode invalid =
        invoke("POST", "application/json", PAGE_JSON.replace("48.8584", "95"), false);
    assertThat(invalid.get("statusCode").asInt()).isEqualTo(400);
    assertThat(invalid.get("headers").get("Content-Type").asText())
        .isEqualTo("application/problem+json");
    assertThat(JSON.readTree(invalid.get("body").asText()).get("field").asText())
        .isEqualTo("latitude");

    JsonNode notBase64 = invoke("POST", "application/json", "%%%", true);
    assertThat(notBase64.get("statusCode").asInt()).isEqualTo(400);
    assertThat(notBase64.get("body").asText()).contains("not valid base64");

    String encoded = Base64.getEncoder().encodeToString("{}".getBytes(StandardCharsets.UTF_8));
    assertThat(invoke("GET", null, encoded, true).get("statusCode").asInt()).isEqualTo(405);
  }

  /** A function URL event as Lambda sends it; the function's response, parsed. */
  private static JsonNode invoke(String method, String contentType, String body, boolean base64)
      throws Exception {
    ObjectNode event = JSON.createObjectNode();
    event.put("version", "2.0");
    event.put("routeKey", "$default");
    event.put("rawPath", "/satellite-pages");
    event.put("rawQueryString", "");
    ObjectNode headers = event.putObject("headers");
    headers.put("host", "abcdefghij.lambda-url.eu-west-1.on.aws");
    if (contentType != null) {
      headers.put("content-type", contentType);
    }
    ObjectNode context = event.putObject("requestContext");
    context.put("accountId", "123456789012");
    context.put("apiId", "abcdefghij");
    context.put("domainName", "abcdefghij.lambda-url.eu-west-1.on.aws");
    context.put("requestId", "it-" + System.nanoTime());
    context.put("routeKey", "$default");
    context.put("stage", "$default");
    context.put("timeEpoch", System.currentTimeMillis());
    ObjectNode http = context.putObject("http");
    http.put("method", method);
    http.put("path", "/satellite-pages");
    http.put("protocol", "HTTP/1.1");
    http.put("sourceIp", "127.0.0.1");
    http.put("userAgent", "satpage-it");
    event.put("body", body);
    event.put("isBase64Encoded", base64);
    return JSON.readTree(function.invoke(JSON.writeValueAsString(event)));
  }
}
