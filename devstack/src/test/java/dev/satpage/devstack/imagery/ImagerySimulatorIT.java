package dev.satpage.devstack.imagery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.geo.GeoPoint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImagerySimulatorIT {
  private static final String KEY = "test-key";
  private static final GeoPoint CENTRE = new GeoPoint(51.5007, -0.1246);
  private static final int ZOOM = 17;

  private static ImagerySimulator simulator;
  private static HttpClient http;

  @BeforeAll
  static void start() {
    simulator = ImagerySimulator.start(0, KEY, new SplittableRandom(42));
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  }

  @AfterAll
  static void stop() {
    http.close();
    simulator.close();
  }

  @AfterEach
  void resetFaults() {
    simulator.faults().reset();
    simulator.usePool(0);
  }

  @Test
  void bingRequest_returnsTheRenderedWindowAsJpeg() throws Exception {
    long before = simulator.requestCount();

    HttpResponse<byte[]> response = get(bing(2000, 1500, KEY));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    BufferedImage image = decode(response.body());
    assertThat(image.getWidth()).isEqualTo(2000);
    assertThat(image.getHeight()).isEqualTo(1500);
    BufferedImage expected = ImageWindow.centred(CENTRE, ZOOM, 2000, 1500).render();
    assertThat(ImageDiff.meanAbsoluteDifference(image, expected)).isLessThan(4.0);
    assertThat(simulator.requestCount()).isEqualTo(before + 1);
  }

  @Test
  void repeatedRequest_servesIdenticalBytes() throws Exception {
    assertThat(get(bing(400, 300, KEY)).body()).isEqualTo(get(bing(400, 300, KEY)).body());
  }

  @Test
  void pooledMode_servesAStandInOfTheRequestedSizeAndDrawsEachStandInOnce() throws Exception {
    simulator.usePool(2);
    long drawnBefore = simulator.windowsDrawn();
    java.util.Set<String> distinct = new java.util.HashSet<>();
    for (int i = 0; i < 12; i++) {
      GeoPoint home = new GeoPoint(48 + i * 0.01, 2 + i * 0.01);
      HttpResponse<byte[]> response = get(simulator.endpoint().resolve("/REST/v1/Imagery/Map/Aerial/" + home.latitude()
          + "," + home.longitude() + "/" + ZOOM + "?mapSize=320,240&key=" + KEY));
      assertThat(response.statusCode()).isEqualTo(200);
      BufferedImage image = decode(response.body());
      assertThat(image.getWidth()).isEqualTo(320);
      assertThat(image.getHeight()).isEqualTo(240);
      distinct.add(java.util.HexFormat.of().formatHex(response.body(), 0, 64) + response.body().length);
    }
    assertThat(distinct).hasSize(2); // new windows take the two stand-ins in turn
    assertThat(simulator.windowsDrawn() - drawnBefore).isEqualTo(2);
    GeoPoint first = new GeoPoint(48, 2); // a repeated request keeps its stand-in: same bytes
    URI again = simulator.endpoint().resolve("/REST/v1/Imagery/Map/Aerial/" + first.latitude() + "," + first.longitude()
        + "/" + ZOOM + "?mapSize=320,240&key=" + KEY);
    assertThat(get(again).body()).isEqualTo(get(again).body());

    simulator.usePool(0); // back to drawing the requested window
    BufferedImage faithful = decode(get(bing(320, 240, KEY)).body());
    assertThat(ImageDiff.meanAbsoluteDifference(faithful, window(320, 240).render())).isLessThan(4.0);
    assertThatThrownBy(() -> simulator.usePool(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wrongKey_isUnauthorizedWithBingErrorBody() throws Exception {
    HttpResponse<byte[]> response = get(bing(400, 300, "wrong"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(new String(response.body(), StandardCharsets.UTF_8))
        .contains("\"statusCode\":401", "\"statusDescription\":\"Unauthorized\"", "\"errorDetails\":[");
  }

  @Test
  void oversizedMap_isBadRequest() throws Exception {
    HttpResponse<byte[]> response = get(bing(2001, 1500, KEY));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(new String(response.body(), StandardCharsets.UTF_8))
        .contains("\"statusCode\":400", "\"statusDescription\":\"Bad Request\"");
  }

  @Test
  void tile_is256SquareShowingItsWorldPixels() throws Exception {
    HttpResponse<byte[]> response = get(simulator.endpoint().resolve("/tiles/" + ZOOM + "/65483/43578.jpg?key=" + KEY));

    assertThat(response.statusCode()).isEqualTo(200);
    BufferedImage tile = decode(response.body());
    assertThat(tile.getWidth()).isEqualTo(256);
    assertThat(tile.getHeight()).isEqualTo(256);
    assertThat(ImageDiff.meanAbsoluteDifference(tile, ImageWindow.tile(ZOOM, 65483, 43578).render())).isLessThan(4.0);
  }

  @Test
  void azureStatic_servesTheCentredWindowAsJpeg() throws Exception {
    HttpResponse<byte[]> response = get(simulator.endpoint().resolve("/map/static?api-version=2024-04-01"
        + "&tilesetId=microsoft.imagery&zoom=" + ZOOM + "&center=-0.1246,51.5007&width=640&height=480"
        + "&subscription-key=" + KEY));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    BufferedImage image = decode(response.body());
    assertThat(ImageDiff.meanAbsoluteDifference(image, ImageWindow.centred(CENTRE, ZOOM, 640, 480).render()))
        .isLessThan(4.0);
  }

  @Test
  void azureStatic_wrongKey_isUnauthorizedWithAzureErrorBody() throws Exception {
    HttpResponse<byte[]> response = get(simulator.endpoint().resolve("/map/static?api-version=2024-04-01"
        + "&tilesetId=microsoft.imagery&zoom=5&center=0,0&width=64&height=64&subscription-key=wrong"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("{\"error\":{\"code\":\"401 ");
  }

  @Test
  void tileVariants_showTheSameWorldPixels() throws Exception {
    // tile (65483, 43578) at 17 as XYZ, Esri (row first) and its quadkey; the 512-px tile at 16 contains it.
    String quadkey = quadkey(ZOOM, 65483, 43578);
    BufferedImage expected = ImageWindow.tile(ZOOM, 65483, 43578).render();
    for (String path : new String[] {"/tiles/" + ZOOM + "/65483/43578.jpg",
        "/arcgis/rest/services/World_Imagery/MapServer/tile/" + ZOOM + "/43578/65483", "/tiles/a" + quadkey + ".jpeg"}) {
      HttpResponse<byte[]> response = get(simulator.endpoint().resolve(path + "?key=" + KEY));
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(ImageDiff.meanAbsoluteDifference(decode(response.body()), expected)).as(path).isLessThan(4.0);
    }
    BufferedImage big = decode(get(simulator.endpoint().resolve("/tiles512/" + (ZOOM - 1) + "/32741/21789.jpg?key="
        + KEY)).body());
    assertThat(big.getWidth()).isEqualTo(512);
    // 65483 = 2·32741 + 1, 43578 = 2·21789: the right-hand upper quarter.
    assertThat(ImageDiff.meanAbsoluteDifference(big.getSubimage(256, 0, 256, 256), expected)).isLessThan(4.0);
  }

  private static String quadkey(int zoom, long x, long y) {
    StringBuilder key = new StringBuilder();
    for (int level = zoom; level > 0; level--) {
      long mask = 1L << (level - 1);
      key.append((char) ('0' + ((x & mask) != 0 ? 1 : 0) + ((y & mask) != 0 ? 2 : 0)));
    }
    return key.toString();
  }

  @Test
  void latencyFault_delaysTheResponse() throws Exception {
    simulator.faults().latency(Duration.ofMillis(400));
    long start = System.nanoTime();

    assertThat(get(bing(100, 100, KEY)).statusCode()).isEqualTo(200);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
  }

  @Test
  void errorFault_answers503() throws Exception {
    simulator.faults().errorRate(1.0);

    HttpResponse<byte[]> response = get(bing(100, 100, KEY));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"statusCode\":503");
  }

  @Test
  void timeoutFault_neverAnswers() {
    simulator.faults().timeoutRate(1.0).timeoutHang(Duration.ofSeconds(3));
    HttpRequest request = HttpRequest.newBuilder(bing(100, 100, KEY)).timeout(Duration.ofMillis(500)).build();

    assertThatThrownBy(() -> http.send(request, HttpResponse.BodyHandlers.ofByteArray()))
        .isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void corruptBodyFault_servesAJpegHeaderFollowedByGarbage() throws Exception {
    simulator.faults().corruptBodyRate(1.0);

    HttpResponse<byte[]> response = get(bing(400, 300, KEY));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    byte[] body = response.body();
    assertThat(body).startsWith((byte) 0xFF, (byte) 0xD8).isNotEqualTo(simulator.jpeg(window(400, 300)));
    assertThat(java.util.Arrays.copyOfRange(body, body.length - 2, body.length))
        .as("no end-of-image marker").isNotEqualTo(new byte[] {(byte) 0xFF, (byte) 0xD9});
    // The header still parses, so only decoding the data (or checking for EOI) reveals the damage.
    assertThat(dimensions(body)).containsExactly(400, 300);
  }

  @Test
  void wrongContentTypeFault_servesHtml() throws Exception {
    simulator.faults().wrongContentTypeRate(1.0);

    HttpResponse<byte[]> response = get(bing(100, 100, KEY));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
  }

  @Test
  void absurdDimensionsFault_claims60000Square() throws Exception {
    simulator.faults().absurdDimensionsRate(1.0);

    HttpResponse<byte[]> response = get(bing(100, 100, KEY));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body().length).isLessThan(2_000);
    assertThat(dimensions(response.body())).containsExactly(60_000, 60_000);
  }

  private static URI bing(int width, int height, String key) {
    return simulator.endpoint().resolve("/REST/v1/Imagery/Map/Aerial/" + CENTRE.latitude() + "," + CENTRE.longitude()
        + "/" + ZOOM + "?mapSize=" + width + "," + height + "&key=" + key);
  }

  private static ImageWindow window(int width, int height) {
    return ImageWindow.centred(CENTRE, ZOOM, width, height);
  }

  private static HttpResponse<byte[]> get(URI uri) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static BufferedImage decode(byte[] jpeg) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
    assertThat(image).as("decodable image").isNotNull();
    return image;
  }

  /** Width and height from the JPEG frame header, without decoding pixels. */
  private static int[] dimensions(byte[] jpeg) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      try {
        reader.setInput(in);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    }
  }
}
