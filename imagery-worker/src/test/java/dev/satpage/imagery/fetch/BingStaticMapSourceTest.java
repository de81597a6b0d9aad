package dev.satpage.imagery.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.imagery.testing.Images;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.TransientFailure;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real HTTP against a stub server that answers whatever each test sets. */
class BingStaticMapSourceTest {
  private static final String KEY = "s3cr3t-key";
  private static final ImageRequest REQUEST = new ImageRequest(51.5, -0.12, 17, 64, 48, 0, 0);

  private HttpServer server;
  private volatile Responder responder;
  private final List<URI> received = new CopyOnWriteArrayList<>();

  interface Responder {
    void respond(com.sun.net.httpserver.HttpExchange exchange) throws IOException;
  }

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      received.add(exchange.getRequestURI());
      try (exchange) {
        responder.respond(exchange);
      }
    });
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private BingStaticMapSource source(Duration timeout, int maxBytes) {
    URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    return new BingStaticMapSource(BingStaticMapSource.httpClient(Duration.ofSeconds(2)), endpoint, KEY, timeout, maxBytes);
  }

  private BingStaticMapSource source() {
    return source(Duration.ofSeconds(5), BingStaticMapSource.DEFAULT_MAX_IMAGE_BYTES);
  }

  private void answer(int status, String contentType, byte[] body, Map<String, String> headers) {
    responder = exchange -> {
      exchange.getResponseHeaders().set("Content-Type", contentType);
      headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    };
  }

  @Test
  void jpeg_isReturned_andTheRequestFollowsTheBingStaticMapApi() {
    byte[] jpeg = Images.jpeg(64, 48, Color.GREEN);
    answer(200, "image/jpeg", jpeg, Map.of());

    assertThat(source().fetch(REQUEST)).isEqualTo(jpeg);
    URI uri = received.getFirst();
    assertThat(uri.getPath()).isEqualTo("/REST/v1/Imagery/Map/Aerial/51.500000000,-0.120000000/17");
    assertThat(uri.getQuery()).isEqualTo("mapSize=64,48&key=" + KEY);
  }

  @Test
  void uri_keepsEnoughDecimalsForExactPixelsAtZoom21() {
    ImageRequest request = new ImageRequest(51.50071234567891, -0.12461234567891, 21, 2000, 1500, 0, 0);
    String path = source().uriFor(request).getPath();
    String[] latLon = path.substring(path.indexOf("Aerial/") + 7, path.lastIndexOf('/')).split(",");
    var exact = dev.satpage.model.geo.WebMercator.toPixel(new dev.satpage.model.geo.GeoPoint(request.latitude(), request.longitude()), 21);
    var sent = dev.satpage.model.geo.WebMercator.toPixel(
        new dev.satpage.model.geo.GeoPoint(Double.parseDouble(latLon[0]), Double.parseDouble(latLon[1])), 21);
    assertThat(Math.abs(exact.x() - sent.x())).isLessThan(0.01);
    assertThat(Math.abs(exact.y() - sent.y())).isLessThan(0.01);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404})
  void refusal_isPermanent_andNeverShowsTheKey(int status) {
    answer(status, "application/json", ("{\"errorDetails\":[\"bad key " + KEY + "\"]}").getBytes(StandardCharsets.UTF_8), Map.of());

    assertThatThrownBy(() -> source().fetch(REQUEST))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> {
          assertThat(e.reason()).isEqualTo("imagery-rejected");
          assertThat(e.detail()).contains("HTTP " + status).contains("errorDetails").doesNotContain(KEY).contains("key=***");
        });
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 502, 503, 504})
  void busyProvider_isTransient(int status) {
    answer(status, "application/json", "{\"statusCode\":503}".getBytes(StandardCharsets.UTF_8), Map.of());

    assertThatThrownBy(() -> source().fetch(REQUEST))
        .isInstanceOf(ProviderBusy.class)
        .hasMessageContaining("HTTP " + status)
        .hasMessageNotContaining(KEY);
  }

  @Test
  void retryAfter_isReported() {
    answer(429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8), Map.of("Retry-After", "3"));

    assertThatThrownBy(() -> source().fetch(REQUEST))
        .isInstanceOfSatisfying(ProviderBusy.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(3)));
  }

  @Test
  void wrongContentType_isCorrupt() {
    answer(200, "text/html", "<html>oops</html>".getBytes(StandardCharsets.UTF_8), Map.of());

    assertThatThrownBy(() -> source().fetch(REQUEST))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> assertThat(e.reason()).isEqualTo("imagery-corrupt"));
  }

  @Test
  void bodyThatIsNotAJpeg_isCorrupt() {
    answer(200, "image/jpeg", "GIF89a...".getBytes(StandardCharsets.UTF_8), Map.of());

    assertThatThrownBy(() -> source().fetch(REQUEST))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> assertThat(e.reason()).isEqualTo("imagery-corrupt"));
  }

  @Test
  void oversizedBody_isRefused() {
    answer(200, "image/jpeg", Images.jpeg(640, 480, Color.RED), Map.of());

    assertThatThrownBy(() -> source(Duration.ofSeconds(5), 1000).fetch(REQUEST))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> assertThat(e.reason()).isEqualTo("imagery-corrupt"));
  }

  @Test
  void slowProvider_timesOutTransiently() {
    responder = exchange -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };

    assertThatThrownBy(() -> source(Duration.ofMillis(300), 1000).fetch(REQUEST))
        .isInstanceOf(TransientFailure.class)
        .isNotInstanceOf(PermanentFailure.class)
        .hasMessageNotContaining(KEY);
  }

  @Test
  void unreachableProvider_isTransient() {
    server.stop(0);

    assertThatThrownBy(() -> source().fetch(REQUEST)).isInstanceOf(TransientFailure.class).hasMessageNotContaining(KEY);
  }
}
