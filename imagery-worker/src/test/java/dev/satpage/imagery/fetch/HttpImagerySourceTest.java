package dev.satpage.imagery.fetch;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.imagery.plan.TileRequest;
import dev.satpage.imagery.testing.Images;
import dev.satpage.model.failure.FailureReason;
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
class HttpImagerySourceTest {
  private static final String KEY = "s3cr3t-key";
  private static final ImageRequest REQUEST = new ImageRequest(51.5, -0.12, 17, 64, 48, 0, 0);

  private HttpServer server;
  private volatile Responder responder;
  private final List<URI> received = new CopyOnWriteArrayList<>();
  private final List<String> accepts = new CopyOnWriteArrayList<>();
  private final List<Integer> statuses = new CopyOnWriteArrayList<>();

  interface Responder {
    void respond(com.sun.net.httpserver.HttpExchange exchange) throws IOException;
  }

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          received.add(exchange.getRequestURI());
          accepts.add(String.valueOf(exchange.getRequestHeaders().getFirst("Accept")));
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

  private URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private HttpImagerySource source(ProviderApi api, Duration timeout, int maxBytes) {
    return new HttpImagerySource(
        HttpImagerySource.httpClient(Duration.ofSeconds(2)),
        api,
        KEY,
        timeout,
        maxBytes,
        statuses::add);
  }

  private HttpImagerySource source(Duration timeout, int maxBytes) {
    return source(StaticMapApi.bing(endpoint()), timeout, maxBytes);
  }

  private HttpImagerySource source() {
    return source(Duration.ofSeconds(5), HttpImagerySource.DEFAULT_MAX_IMAGE_BYTES);
  }

  private void answer(int status, String contentType, byte[] body, Map<String, String> headers) {
    responder =
        exchange -> {
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
    assertThat(uri.getQuery()).isEqualTo("mapSize=64,48&format=jpeg&key=" + KEY);
    assertThat(statuses).containsExactly(200);
  }

  @Test
  void azureRequest_followsTheRenderV2StaticImageApi_longitudeFirst() {
    answer(200, "image/jpeg", Images.jpeg(64, 48, Color.GREEN), Map.of());

    source(StaticMapApi.azure(endpoint()), Duration.ofSeconds(5), 1 << 20).fetch(REQUEST);

    URI uri = received.getFirst();
    assertThat(uri.getPath()).isEqualTo("/map/static");
    assertThat(uri.getQuery())
        .isEqualTo(
            "api-version=2024-04-01&tilesetId=microsoft.imagery&zoom=17"
                + "&center=-0.120000000,51.500000000&width=64&height=48&subscription-key="
                + KEY);
  }

  @Test
  void azureTileRequest_followsTheGetMapTileApi() {
    answer(200, "image/png", Images.png(512, 512, Color.GREEN), Map.of());

    source(new AzureTileApi(endpoint(), 512), Duration.ofSeconds(5), 1 << 20)
        .fetch(new TileRequest(17, 70000, 43000, 512, 0, 0));

    URI uri = received.getFirst();
    assertThat(uri.getPath()).isEqualTo("/map/tile");
    assertThat(uri.getQuery())
        .isEqualTo(
            "api-version=2024-04-01&tilesetId=microsoft.imagery&zoom=17&x=70000&y=43000"
                + "&tileSize=512&subscription-key="
                + KEY);
  }

  /**
   * Azure answers a static image as PNG unless the request says Accept: image/jpeg (Render
   * 2024-04-01 spec, Accept parameter, read 2026-12-02). The header must go out with every request;
   * a worker that dropped it gets PNG.
   */
  @Test
  void everyRequest_carriesItsApisAcceptHeader_jpegForStaticImages() {
    answer(200, "image/jpeg", Images.jpeg(64, 48, Color.GREEN), Map.of());
    source(StaticMapApi.azure(endpoint()), Duration.ofSeconds(5), 1 << 20).fetch(REQUEST);
    source().fetch(REQUEST);
    answer(200, "image/png", Images.png(256, 256, Color.GREEN), Map.of());
    source(new AzureTileApi(endpoint(), 256), Duration.ofSeconds(5), 1 << 20)
        .fetch(new TileRequest(3, 3, 5, 256, 0, 0));

    assertThat(accepts).containsExactly("image/jpeg", "image/jpeg", "image/png, image/jpeg");
  }

  @Test
  void pngAnswerToAJpegRequest_isAClearPermanentFailure() {
    answer(200, "image/png", Images.png(64, 48, Color.GREEN), Map.of());

    PermanentFailure e =
        assertPermanent(
            FailureReason.IMAGERY_WRONG_FORMAT,
            () ->
                source(StaticMapApi.azure(endpoint()), Duration.ofSeconds(5), 1 << 20)
                    .fetch(REQUEST));
    assertThat(e.detail()).contains("image/png", "Accept: image/jpeg").doesNotContain(KEY);
  }

  @Test
  void azureTiles_comeAsPngOrJpeg_andAreCheckedLikeJpegs() {
    TileRequest tile = new TileRequest(3, 3, 5, 256, 0, 0);
    AzureTileApi api = new AzureTileApi(endpoint(), 256);
    byte[] png = Images.png(256, 256, Color.GREEN);
    answer(200, "image/png", png, Map.of());
    assertThat(source(api, Duration.ofSeconds(5), 1 << 20).fetch(tile)).isEqualTo(png);
    byte[] jpeg = Images.jpeg(256, 256, Color.GREEN);
    answer(200, "image/jpeg", jpeg, Map.of());
    assertThat(source(api, Duration.ofSeconds(5), 1 << 20).fetch(tile)).isEqualTo(jpeg);

    answer(200, "image/png", Images.png(512, 512, Color.GREEN), Map.of());
    PermanentFailure e =
        assertPermanent(
            FailureReason.IMAGERY_WRONG_SIZE,
            () -> source(api, Duration.ofSeconds(5), 1 << 20).fetch(tile));
    assertThat(e.detail()).contains("512x512", "256x256");
    answer(200, "image/png", jpeg, Map.of()); // says PNG, is a JPEG
    assertPermanent(
        FailureReason.IMAGERY_CORRUPT,
        () -> source(api, Duration.ofSeconds(5), 1 << 20).fetch(tile));
  }

  /**
   * Bing: "If the HTTP header X-MS-BM-WS-INFO is set to 1, it is best to wait a few seconds and try
   * again" (https://learn.microsoft.com/bingmaps/rest-services/status-codes-and-error-handling,
   * read 2026-12-02) — an overloaded server's empty answer, whatever its status. It must be a
   * retry, not a corrupt image.
   */
  @ParameterizedTest
  @ValueSource(ints = {200, 503})
  void bingOverloadHeader_isABusyProvider_withAFewSecondsWait(int status) {
    answer(status, "image/jpeg", new byte[0], Map.of("X-MS-BM-WS-INFO", "1"));

    assertThatThrownBy(() -> source().fetch(REQUEST))
        .isInstanceOfSatisfying(
            ProviderBusy.class,
            e -> {
              assertThat(e.retryAfter())
                  .hasValueSatisfying(
                      d -> assertThat(d).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5)));
              assertThat(e.getMessage()).contains("overload").doesNotContain(KEY);
            });
  }

  @Test
  void bingOverload_isRetriedAfterTheWait_andTheNextAnswerIsUsed() {
    byte[] jpeg = Images.jpeg(64, 48, Color.GREEN);
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    responder =
        exchange -> {
          if (calls.getAndIncrement() == 0) {
            exchange.getResponseHeaders().set("X-MS-BM-WS-INFO", "1");
            exchange.sendResponseHeaders(200, -1);
          } else {
            exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, jpeg.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(jpeg);
            }
          }
        };
    List<Duration> waits = new CopyOnWriteArrayList<>();
    RetryingImagerySource retrying =
        new RetryingImagerySource(
            source(), RetryPolicy.defaults(), new java.util.SplittableRandom(1), waits::add);

    assertThat(retrying.fetch(REQUEST)).isEqualTo(jpeg);
    assertThat(calls).hasValue(2);
    assertThat(waits)
        .singleElement()
        .satisfies(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
  }

  @Test
  void tileRequests_fillTheTemplate_xyzEsriAndQuadkey() {
    answer(200, "image/jpeg", Images.jpeg(256, 256, Color.GREEN), Map.of());
    TileRequest tile = new TileRequest(3, 3, 5, 256, 0, 0);

    source(
            new TileApi(endpoint(), "/tiles/{z}/{x}/{y}.jpg?key={key}", 256, "© t"),
            Duration.ofSeconds(5),
            1 << 20)
        .fetch(tile);
    source(
            new TileApi(
                endpoint(),
                "/arcgis/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}?key={key}",
                256,
                "© t"),
            Duration.ofSeconds(5),
            1 << 20)
        .fetch(tile);
    source(
            new TileApi(endpoint(), "/tiles/a{q}.jpeg?key={key}", 256, "© t"),
            Duration.ofSeconds(5),
            1 << 20)
        .fetch(tile);

    assertThat(received)
        .extracting(URI::getPath)
        .containsExactly(
            "/tiles/3/3/5.jpg",
            "/arcgis/rest/services/World_Imagery/MapServer/tile/3/5/3",
            "/tiles/a213.jpeg");
  }

  @Test
  void templateToAnotherHost_isRefusedWithoutAnyRequest() {
    // the template's host becomes the allowed origin; a plan cannot steer it, but a bad
    // endpoint/template mix can
    TileApi api = new TileApi(endpoint(), "/tiles/{z}/{x}/{y}.jpg?key={key}", 256, "© t");
    ProviderApi elsewhere =
        new ProviderApi() {
          public String name() {
            return "evil";
          }

          public String attribution() {
            return "-";
          }

          public dev.satpage.imagery.plan.Planner planner() {
            return api.planner();
          }

          public URI uriFor(dev.satpage.imagery.plan.PlannedImage image, String key) {
            return URI.create(
                "http://169.254.169.254/latest/meta-data/iam/security-credentials/?key=" + key);
          }

          public URI origin() {
            return endpoint();
          }

          public List<dev.satpage.imagery.codec.ImageFormat> formats() {
            return api.formats();
          }
        };

    PermanentFailure e =
        assertPermanent(
            FailureReason.IMAGERY_FORBIDDEN_HOST,
            () -> source(elsewhere, Duration.ofSeconds(5), 1 << 20).fetch(REQUEST));
    assertThat(e.detail()).contains("169.254.169.254", "metadata").doesNotContain(KEY);
    assertThat(received).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 307, 308})
  void redirectToTheMetadataService_isRefusedAndNotFollowed(int status) {
    answer(
        status,
        "text/plain",
        new byte[0],
        Map.of("Location", "http://169.254.169.254/latest/meta-data/"));

    PermanentFailure e =
        assertPermanent(FailureReason.IMAGERY_FORBIDDEN_HOST, () -> source().fetch(REQUEST));
    assertThat(e.detail()).contains("redirect", "169.254.169.254", "metadata");
    assertThat(received).hasSize(1);
  }

  @Test
  void redirectWithinTheProvider_isStillNotFollowed() {
    answer(302, "text/plain", new byte[0], Map.of("Location", "/elsewhere"));

    assertPermanent(FailureReason.IMAGERY_REDIRECT, () -> source().fetch(REQUEST));
    assertThat(received).hasSize(1);
  }

  @Test
  void jpegDeclaringAnotherSize_isRefusedBeforeDecoding() {
    answer(200, "image/jpeg", Images.jpeg(640, 480, Color.GREEN), Map.of());

    PermanentFailure e =
        assertPermanent(FailureReason.IMAGERY_WRONG_SIZE, () -> source().fetch(REQUEST));
    assertThat(e.detail()).contains("640x480", "64x48");
  }

  @Test
  void uri_keepsEnoughDecimalsForExactPixelsAtZoom21() {
    ImageRequest request =
        new ImageRequest(51.50071234567891, -0.12461234567891, 21, 2000, 1500, 0, 0);
    String path = StaticMapApi.bing(endpoint()).uriFor(request, KEY).getPath();
    String[] latLon = path.substring(path.indexOf("Aerial/") + 7, path.lastIndexOf('/')).split(",");
    var exact =
        dev.satpage.model.geo.WebMercator.toPixel(
            new dev.satpage.model.geo.GeoPoint(request.latitude(), request.longitude()), 21);
    var sent =
        dev.satpage.model.geo.WebMercator.toPixel(
            new dev.satpage.model.geo.GeoPoint(
                Double.parseDouble(latLon[0]), Double.parseDouble(latLon[1])),
            21);
    assertThat(Math.abs(exact.x() - sent.x())).isLessThan(0.01);
    assertThat(Math.abs(exact.y() - sent.y())).isLessThan(0.01);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404})
  void refusal_isPermanent_andNeverShowsTheKey(int status) {
    answer(
        status,
        "application/json",
        ("{\"errorDetails\":[\"bad key " + KEY + "\"]}").getBytes(StandardCharsets.UTF_8),
        Map.of());

    PermanentFailure e =
        assertPermanent(FailureReason.IMAGERY_REJECTED, () -> source().fetch(REQUEST));
    assertThat(e.detail())
        .contains("HTTP " + status)
        .contains("errorDetails")
        .doesNotContain(KEY)
        .contains("key=***");
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 502, 503, 504})
  void busyProvider_isTransient(int status) {
    answer(
        status,
        "application/json",
        "{\"statusCode\":503}".getBytes(StandardCharsets.UTF_8),
        Map.of());

    assertThatThrownBy(() -> source().fetch(REQUEST))
        .isInstanceOf(ProviderBusy.class)
        .hasMessageContaining("HTTP " + status)
        .hasMessageNotContaining(KEY);
  }

  @Test
  void retryAfter_isReported() {
    answer(
        429,
        "text/plain",
        "slow down".getBytes(StandardCharsets.UTF_8),
        Map.of("Retry-After", "3"));

    assertThatThrownBy(() -> source().fetch(REQUEST))
        .isInstanceOfSatisfying(
            ProviderBusy.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(3)));
  }

  @Test
  void retryAfter_asAnHttpDate_isTheWaitUntilThen() {
    String inAMinute =
        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
            java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(60));
    // The JDK server stamps its own Date header; the wait is measured from it (RetryAfterTest
    // covers the arithmetic).
    answer(
        503,
        "text/plain",
        "busy".getBytes(StandardCharsets.UTF_8),
        Map.of("Retry-After", inAMinute));

    assertThatThrownBy(() -> source().fetch(REQUEST))
        .isInstanceOfSatisfying(
            ProviderBusy.class,
            e ->
                assertThat(e.retryAfter())
                    .hasValueSatisfying(
                        d ->
                            assertThat(d)
                                .isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61))));
  }

  @Test
  void wrongContentType_isCorrupt() {
    answer(200, "text/html", "<html>oops</html>".getBytes(StandardCharsets.UTF_8), Map.of());

    assertPermanent(FailureReason.IMAGERY_CORRUPT, () -> source().fetch(REQUEST));
  }

  @Test
  void bodyThatIsNotAJpeg_isCorrupt() {
    answer(200, "image/jpeg", "GIF89a...".getBytes(StandardCharsets.UTF_8), Map.of());

    assertPermanent(FailureReason.IMAGERY_CORRUPT, () -> source().fetch(REQUEST));
  }

  @Test
  void oversizedBody_isRefused() {
    answer(200, "image/jpeg", Images.jpeg(640, 480, Color.RED), Map.of());

    assertPermanent(
        FailureReason.IMAGERY_TOO_LARGE, () -> source(Duration.ofSeconds(5), 1000).fetch(REQUEST));
  }

  @Test
  void slowProvider_timesOutTransiently() {
    responder =
        exchange -> {
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

    assertThatThrownBy(() -> source().fetch(REQUEST))
        .isInstanceOf(TransientFailure.class)
        .hasMessageNotContaining(KEY);
  }
}
