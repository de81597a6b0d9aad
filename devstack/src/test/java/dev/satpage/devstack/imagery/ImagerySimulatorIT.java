package dev.satpage.devstack.imagery;

import static dev.satpage.devstack.imagery.SimulatorClient.decode;
import static dev.satpage.devstack.imagery.SimulatorClient.rgb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulator over HTTP: what each documented API answers, and what it refuses. Faults:
 * SimulatorFaultsIT.
 */
class ImagerySimulatorIT {
  private static final String KEY = "test-key";
  private static final double LAT = 51.5007;
  private static final double LON = -0.1246;
  private static final int ZOOM = 17;
  private static final String AZURE =
      "/map/static?api-version=2024-04-01&tilesetId=microsoft.imagery&center=-0.1246,51.5007"
          + "&subscription-key="
          + KEY;
  private static final String AZURE_TILE =
      "/map/tile?api-version=2024-04-01&tilesetId=microsoft.imagery&subscription-key=" + KEY;

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
    simulator.usePool(0);
  }

  @Test
  void bing_answersTheCentredWindowAsJpeg() throws Exception {
    long before = simulator.requestCount();

    HttpResponse<byte[]> response = client.get(bing(2000, 1500, KEY));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    BufferedImage image = decode(response.body());
    assertThat(image.getWidth()).isEqualTo(2000);
    assertThat(image.getHeight()).isEqualTo(1500);
    assertThat(
            ImageDiff.meanAbsoluteDifference(
                image, GroundTruth.centred(LAT, LON, ZOOM, 2000, 1500)))
        .isLessThan(4.0);
    assertThat(simulator.requestCount()).isEqualTo(before + 1);
  }

  @Test
  void bing_refusals_areBingJson() throws Exception {
    HttpResponse<byte[]> wrongKey = client.get(bing(400, 300, "wrong"));
    assertThat(wrongKey.statusCode()).isEqualTo(401);
    assertThat(body(wrongKey))
        .contains(
            "\"statusCode\":401",
            "\"statusDescription\":\"Unauthorized\"",
            "\"authenticationResultCode\":\"InvalidCredentials\"",
            "\"errorDetails\":[");

    HttpResponse<byte[]> tooWide = client.get(bing(2001, 1500, KEY));
    assertThat(tooWide.statusCode()).isEqualTo(400);
    assertThat(body(tooWide))
        .contains("\"statusCode\":400", "\"statusDescription\":\"Bad Request\"");
  }

  @Test
  void azureStatic_isPngWhenJpegIsNotAsked() throws Exception {
    HttpResponse<byte[]> response = client.get(AZURE + "&zoom=16&width=640&height=480");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(response.body()).startsWith(0x89, 'P', 'N', 'G');
    // PNG is lossless: the pixels are exactly the ground truth of Azure zoom 16 (level 17).
    assertThat(rgb(decode(response.body())))
        .isEqualTo(rgb(GroundTruth.azureStatic(LAT, LON, 16, 640, 480)));
  }

  @Test
  void azureStatic_isJpegWhenAcceptAsksForIt() throws Exception {
    HttpResponse<byte[]> response =
        client.get(AZURE + "&zoom=16&width=640&height=480", "Accept", "image/jpeg");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(response.body()).startsWith(0xFF, 0xD8, 0xFF);
    assertThat(
            ImageDiff.meanAbsoluteDifference(
                decode(response.body()), GroundTruth.azureStatic(LAT, LON, 16, 640, 480)))
        .isLessThan(4.0);
  }

  @Test
  void azureStatic_refusesTheOld4000x3000PageWith400AndAnErrorResponse() throws Exception {
    HttpResponse<byte[]> response =
        client.get(AZURE + "&zoom=17&width=4000&height=3000", "Accept", "image/jpeg");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(body(response))
        .startsWith(
            "{\"error\":{\"code\":\"400 BadRequest\",\"message\":\"width must range from 80"
                + " to 2000: 4000\"}}");
  }

  @Test
  void azureStatic_wrongKeyIs401WithAnErrorResponse() throws Exception {
    HttpResponse<byte[]> response =
        client.get(AZURE.replace(KEY, "wrong") + "&zoom=5&width=80&height=80");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(body(response)).startsWith("{\"error\":{\"code\":\"401 Unauthorized\",\"message\":");
  }

  @Test
  void azureStatic_keyMayComeInTheSubscriptionKeyHeader() throws Exception {
    String noKey = AZURE.replace("&subscription-key=" + KEY, "") + "&zoom=5&width=80&height=80";

    assertThat(client.get(noKey, "subscription-key", KEY).statusCode()).isEqualTo(200);
    assertThat(client.get(noKey).statusCode()).isEqualTo(401);
  }

  @Test
  void azureTile_isAPngOfItsWorldPixels() throws Exception {
    HttpResponse<byte[]> response = client.get(AZURE_TILE + "&zoom=" + ZOOM + "&x=65483&y=43578");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
    BufferedImage tile = decode(response.body());
    assertThat(rgb(tile))
        .isEqualTo(rgb(SyntheticTerrain.render(ZOOM, 65483L * 256, 43578L * 256, 256, 256)));
  }

  @Test
  void azureTile512_isTheFour256TilesOfTheNextZoom() throws Exception {
    BufferedImage big =
        decode(client.get(AZURE_TILE + "&zoom=16&x=32741&y=21789&tileSize=512").body());
    assertThat(big.getWidth()).isEqualTo(512);
    for (int dy = 0; dy < 2; dy++) {
      for (int dx = 0; dx < 2; dx++) {
        BufferedImage quarter =
            decode(
                client
                    .get(AZURE_TILE + "&zoom=17&x=" + (2 * 32741 + dx) + "&y=" + (2 * 21789 + dy))
                    .body());
        assertThat(rgb(big.getSubimage(256 * dx, 256 * dy, 256, 256)))
            .as("quarter %d,%d", dx, dy)
            .isEqualTo(rgb(quarter));
      }
    }
  }

  @Test
  void azureTile_outsideTheImageryZoomsIs400() throws Exception {
    HttpResponse<byte[]> response = client.get(AZURE_TILE + "&zoom=20&x=0&y=0");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(body(response)).startsWith("{\"error\":{\"code\":\"400 BadRequest\"");
  }

  @Test
  void genericTiles_showTheSameWorldPixelsInEveryAddressing() throws Exception {
    // Tile (65483, 43578) at 17 as XYZ, Esri (row first) and its quadkey; the 512-px XYZ tile at 16
    // contains it.
    String quadkey = TileSystem.quadKey(65483, 43578, ZOOM);
    BufferedImage expected = SyntheticTerrain.render(ZOOM, 65483L * 256, 43578L * 256, 256, 256);
    for (String path :
        new String[] {
          "/tiles/" + ZOOM + "/65483/43578.jpg",
          "/arcgis/rest/services/World_Imagery/MapServer/tile/" + ZOOM + "/43578/65483",
          "/tiles/a" + quadkey + ".jpeg"
        }) {
      HttpResponse<byte[]> response = client.get(path + "?key=" + KEY);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
      assertThat(ImageDiff.meanAbsoluteDifference(decode(response.body()), expected))
          .as(path)
          .isLessThan(4.0);
    }
    BufferedImage big =
        decode(client.get("/tiles512/" + (ZOOM - 1) + "/32741/21789.jpg?key=" + KEY).body());
    // 65483 = 2·32741 + 1, 43578 = 2·21789: the right-hand upper quarter.
    assertThat(ImageDiff.meanAbsoluteDifference(big.getSubimage(256, 0, 256, 256), expected))
        .isLessThan(4.0);
  }

  @Test
  void repeatedRequest_servesIdenticalBytes() throws Exception {
    assertThat(client.get(bing(400, 300, KEY)).body())
        .isEqualTo(client.get(bing(400, 300, KEY)).body());
  }

  @Test
  void pooledMode_servesAStandInOfTheRequestedSizeAndDrawsEachStandInOnce() throws Exception {
    simulator.usePool(2);
    long drawnBefore = simulator.windowsDrawn();
    Set<String> distinct = new HashSet<>();
    for (int i = 0; i < 12; i++) {
      HttpResponse<byte[]> response =
          client.get(
              "/REST/v1/Imagery/Map/Aerial/"
                  + (48 + i * 0.01)
                  + ","
                  + (2 + i * 0.01)
                  + "/"
                  + ZOOM
                  + "?mapSize=320,240&key="
                  + KEY);
      assertThat(response.statusCode()).isEqualTo(200);
      BufferedImage image = decode(response.body());
      assertThat(image.getWidth()).isEqualTo(320);
      assertThat(image.getHeight()).isEqualTo(240);
      distinct.add(HexFormat.of().formatHex(response.body(), 0, 64) + response.body().length);
    }
    assertThat(distinct).hasSize(2); // new windows take the two stand-ins in turn
    assertThat(simulator.windowsDrawn() - drawnBefore).isEqualTo(2);
    String again = "/REST/v1/Imagery/Map/Aerial/48.0,2.0/" + ZOOM + "?mapSize=320,240&key=" + KEY;
    assertThat(client.get(again).body())
        .isEqualTo(client.get(again).body()); // a window keeps its stand-in

    simulator.usePool(0); // back to drawing the requested window
    BufferedImage faithful = decode(client.get(bing(320, 240, KEY)).body());
    assertThat(
            ImageDiff.meanAbsoluteDifference(
                faithful, GroundTruth.centred(LAT, LON, ZOOM, 320, 240)))
        .isLessThan(4.0);
    assertThatThrownBy(() -> simulator.usePool(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  static String bing(int width, int height, String key) {
    return "/REST/v1/Imagery/Map/Aerial/"
        + LAT
        + ","
        + LON
        + "/"
        + ZOOM
        + "?mapSize="
        + width
        + ","
        + height
        + "&key="
        + key;
  }

  private static String body(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
