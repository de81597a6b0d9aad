package dev.satpage.devstack.imagery;

import static dev.satpage.devstack.imagery.ImagerySimulatorIT.bing;
import static dev.satpage.devstack.imagery.SimulatorClient.dimensions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fault knobs over HTTP, each in the words of the API that was asked. */
class SimulatorFaultsIT {
  private static final String KEY = "test-key";
  private static final String AZURE =
      "/map/static?api-version=2024-04-01&tilesetId=microsoft.imagery&center=2.2945,48.8584"
          + "&zoom=15&width=200&height=150&subscription-key="
          + KEY;

  private static ImagerySimulator simulator;
  private static SimulatorClient client;

  @BeforeAll
  static void start() {
    simulator = ImagerySimulator.start(0, KEY, new SplittableRandom(42));
    client = new SimulatorClient(simulator);
  }

  @AfterAll
  static void stop() {
    client.close();
    simulator.close();
  }

  @AfterEach
  void resetFaults() {
    simulator.faults().reset();
  }

  @Test
  void overload_isBingsHeaderWithAnEmptyBody() throws Exception {
    simulator.faults().overloadRate(1.0);

    HttpResponse<byte[]> response = client.get(bing(400, 300, KEY));

    // status-codes-and-error-handling, "Handling empty responses": X-MS-BM-WS-INFO set to 1 (read
    // 2026-12-02).
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-MS-BM-WS-INFO")).hasValue("1");
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValue("Content-Type")).isEmpty();
  }

  @Test
  void overload_neverHitsAzure_whoseDocumentationHasNoSuchSignal() throws Exception {
    simulator.faults().overloadRate(1.0);

    HttpResponse<byte[]> response = client.get(AZURE);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-MS-BM-WS-INFO")).isEmpty();
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
  }

  @Test
  void latency_delaysTheResponse() throws Exception {
    simulator.faults().latency(Duration.ofMillis(400));
    long start = System.nanoTime();

    assertThat(client.get(bing(100, 100, KEY)).statusCode()).isEqualTo(200);

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(400));
  }

  @Test
  void error_is503InTheAskedApisWords() throws Exception {
    simulator.faults().errorRate(1.0);

    HttpResponse<byte[]> bing = client.get(bing(100, 100, KEY));
    HttpResponse<byte[]> azure = client.get(AZURE);

    assertThat(bing.statusCode()).isEqualTo(503);
    assertThat(body(bing)).contains("\"statusCode\":503");
    assertThat(azure.statusCode()).isEqualTo(503);
    assertThat(body(azure)).startsWith("{\"error\":{\"code\":\"503 ServiceUnavailable\"");
  }

  @Test
  void timeout_neverAnswers() {
    simulator.faults().timeoutRate(1.0).timeoutHang(Duration.ofSeconds(3));
    HttpRequest request =
        HttpRequest.newBuilder(client.uri(bing(100, 100, KEY)))
            .timeout(Duration.ofMillis(500))
            .build();

    assertThatThrownBy(() -> client.send(request)).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void corruptBody_keepsAValidJpegHeaderThenGarbage() throws Exception {
    simulator.faults().corruptBodyRate(1.0);

    HttpResponse<byte[]> response = client.get(bing(400, 300, KEY));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    byte[] body = response.body();
    assertThat(body).startsWith((byte) 0xFF, (byte) 0xD8);
    assertThat(Arrays.copyOfRange(body, body.length - 2, body.length))
        .as("no end-of-image marker")
        .isNotEqualTo(new byte[] {(byte) 0xFF, (byte) 0xD9});
    assertThat(dimensions(body))
        .containsExactly(400, 300); // only decoding the data reveals the damage
  }

  @Test
  void corruptBody_keepsAValidPngHeaderThenGarbage() throws Exception {
    simulator.faults().corruptBodyRate(1.0);

    HttpResponse<byte[]> response = client.get(AZURE);

    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(dimensions(response.body())).containsExactly(200, 150);
    assertThat(new String(response.body(), StandardCharsets.ISO_8859_1)).doesNotContain("IEND");
  }

  @Test
  void wrongContentType_servesHtml() throws Exception {
    simulator.faults().wrongContentTypeRate(1.0);

    HttpResponse<byte[]> response = client.get(bing(100, 100, KEY));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
  }

  @Test
  void absurdDimensions_claims60000SquareInTheAskedFormat() throws Exception {
    simulator.faults().absurdDimensionsRate(1.0);

    HttpResponse<byte[]> jpeg = client.get(bing(100, 100, KEY));
    HttpResponse<byte[]> png = client.get(AZURE);

    assertThat(jpeg.body().length).isLessThan(2_000);
    assertThat(dimensions(jpeg.body())).containsExactly(60_000, 60_000);
    assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(png.body().length).isLessThan(2_000);
    assertThat(dimensions(png.body())).containsExactly(60_000, 60_000);
  }

  @Test
  void rates_outsideZeroToOne_areRefused() {
    assertThatThrownBy(() -> simulator.faults().overloadRate(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> simulator.faults().errorRate(-0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String body(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
