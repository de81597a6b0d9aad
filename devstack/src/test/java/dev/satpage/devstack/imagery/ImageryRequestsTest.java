package dev.satpage.devstack.imagery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.devstack.imagery.ImageryRequests.Request;
import dev.satpage.devstack.imagery.Parsed.Api;
import org.junit.jupiter.api.Test;

/**
 * Every documented request limit at its edge and just beyond, with its source. Bing:
 * BingStaticMapFacts (get-a-static-map, read 2026-12-02); generic tiles: TileRequests. Azure lives
 * in AzureRequestsTest.
 */
class ImageryRequestsTest {
  private static final String KEY = "k";
  private static final String BING = "/REST/v1/Imagery/Map/Aerial/51.5007,-0.1246/";

  @Test
  void bing_centresOnGooglesPublishedWorldCoordinate() {
    // Google's Chicago world coordinate (65.67111111111113, 95.17492654697409) at 256 px, times
    // 2^17, is the centre.
    Parsed parsed = parse("/REST/v1/Imagery/Map/Aerial/41.85,-87.65/17", "mapSize=2000,1500&key=k");

    double scale = 1 << 17;
    assertThat(parsed)
        .isEqualTo(
            new Parsed.Image(
                Api.BING_STATIC,
                new ImageWindow(
                    17,
                    Math.round(65.67111111111113 * scale - 1000),
                    Math.round(95.17492654697409 * scale - 750),
                    2000,
                    1500),
                ImageFormat.JPEG));
  }

  @Test
  void bing_zoomLevelIs0To20() {
    // get-a-static-map, zoomLevel: "An integer between 0 and 20" (read 2026-12-02).
    assertThat(parse(BING + "0", "key=k")).isInstanceOf(Parsed.Image.class);
    assertThat(parse(BING + "20", "key=k")).isInstanceOf(Parsed.Image.class);
    assertThat(status(parse(BING + "21", "key=k"))).isEqualTo(400);
    assertThat(status(parse(BING + "-1", "key=k"))).isEqualTo(400);
  }

  @Test
  void bing_mapSizeIs80To2000By80To1500_default350() {
    // get-a-static-map, mapSize: width 80..2000, height 80..1500, default 350 x 350 (read
    // 2026-12-02).
    assertThat(window(parse(BING + "17", "mapSize=80,80&key=k")))
        .extracting(ImageWindow::width, ImageWindow::height)
        .containsExactly(80, 80);
    assertThat(window(parse(BING + "17", "ms=2000,1500&key=k")))
        .extracting(ImageWindow::width, ImageWindow::height)
        .containsExactly(2000, 1500);
    assertThat(window(parse(BING + "17", "key=k")))
        .extracting(ImageWindow::width, ImageWindow::height)
        .containsExactly(350, 350);
    for (String size :
        new String[] {"79,80", "80,79", "2001,1500", "2000,1501", "x,1", "100", "4000,3000"}) {
      Parsed parsed = parse(BING + "17", "mapSize=" + size + "&key=k");
      assertThat(status(parsed)).as(size).isEqualTo(400);
      assertThat(parsed.api()).isEqualTo(Api.BING_STATIC);
    }
  }

  @Test
  void bing_isJpegUnlessPngIsAsked_gifIsNotSimulated() {
    // get-a-static-map, Response: "JPEG (image/jpeg): Default image format for ... aerial ...
    // imagery" (read 2026-12-02).
    assertThat(((Parsed.Image) parse(BING + "17", "key=k")).format()).isEqualTo(ImageFormat.JPEG);
    assertThat(((Parsed.Image) parse(BING + "17", "fmt=png&key=k")).format())
        .isEqualTo(ImageFormat.PNG);
    assertThat(((Parsed.Image) parse(BING + "17", "format=jpeg&key=k")).format())
        .isEqualTo(ImageFormat.JPEG);
    assertThat(status(parse(BING + "17", "format=gif&key=k"))).isEqualTo(400);
  }

  @Test
  void bing_centerPointIsLatitudeLongitude_latitudeClippedNotRefused() {
    assertThat(parse("/REST/v1/Imagery/Map/Aerial/90,0/5", "key=k"))
        .isInstanceOf(Parsed.Image.class);
    assertThat(window(parse("/REST/v1/Imagery/Map/Aerial/89,0/5", "mapSize=80,80&key=k")))
        .isEqualTo(window(parse("/REST/v1/Imagery/Map/Aerial/85.06,0/5", "mapSize=80,80&key=k")));
    assertThat(status(parse("/REST/v1/Imagery/Map/Aerial/90.5,0/5", "key=k"))).isEqualTo(400);
    assertThat(status(parse("/REST/v1/Imagery/Map/Aerial/0,180.5/5", "key=k"))).isEqualTo(400);
    assertThat(status(parse("/REST/v1/Imagery/Map/Aerial/abc/5", "key=k"))).isEqualTo(400);
  }

  @Test
  void bing_parameterNamesAreCaseInsensitive() {
    assertThat(parse(BING + "17", "MAPSIZE=100,120&Key=k")).isInstanceOf(Parsed.Image.class);
  }

  @Test
  void bing_wrongOrMissingKeyIs401() {
    // status-codes-and-error-handling: "401 Unauthorized: Access was denied..." (read 2026-12-02).
    assertThat(status(parse(BING + "17", "key=nope"))).isEqualTo(401);
    assertThat(status(parse(BING + "17", null))).isEqualTo(401);
  }

  @Test
  void tiles_coverTheirWorldPixels() {
    assertThat(window(parse("/tiles/5/3/7.jpg", "key=k")))
        .isEqualTo(new ImageWindow(5, 768, 1792, 256, 256));
    // A 512-px tile of the same 2^z grid: level z + 1, world pixels [x·512, x·512 + 512).
    assertThat(window(parse("/tiles512/4/3/7.jpg", "key=k")))
        .isEqualTo(new ImageWindow(5, 1536, 3584, 512, 512));
    assertThat(status(parse("/tiles512/21/0/0.jpg", "key=k"))).isEqualTo(400);
    assertThat(status(parse("/tiles/2/4/0.jpg", "key=k"))).isEqualTo(400);
    assertThat(status(parse("/tiles/3/1/2.jpg", ""))).isEqualTo(401);
  }

  @Test
  void esriTile_takesTheRowBeforeTheColumn() {
    assertThat(window(parse("/arcgis/rest/services/World_Imagery/MapServer/tile/5/7/3", "key=k")))
        .isEqualTo(new ImageWindow(5, 768, 1792, 256, 256));
  }

  @Test
  void quadkeyTile_decodesTheArticlesExample() {
    // Bing Maps Tile System: quadkey "213" is tile (3, 5) at level 3.
    assertThat(window(parse("/tiles/a213.jpeg", "key=k")))
        .isEqualTo(new ImageWindow(3, 768, 1280, 256, 256));
    assertThat(status(parse("/tiles/a213.jpeg", "key=x"))).isEqualTo(401);
  }

  @Test
  void unknownPath_isNotFound() {
    assertThat(status(parse("/nothing", "key=k"))).isEqualTo(404);
    assertThat(parse("/map/nothing", "").api()).isEqualTo(Api.AZURE);
  }

  private static Parsed parse(String path, String query) {
    return ImageryRequests.parse(Request.get(path, query), KEY);
  }

  static ImageWindow window(Parsed parsed) {
    assertThat(parsed).isInstanceOf(Parsed.Image.class);
    return ((Parsed.Image) parsed).window();
  }

  static int status(Parsed parsed) {
    assertThat(parsed).isInstanceOf(Parsed.Rejected.class);
    return ((Parsed.Rejected) parsed).status();
  }
}
