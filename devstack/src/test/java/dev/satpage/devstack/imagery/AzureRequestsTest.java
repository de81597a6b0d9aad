package dev.satpage.devstack.imagery;

import static dev.satpage.devstack.imagery.ImageryRequestsTest.status;
import static dev.satpage.devstack.imagery.ImageryRequestsTest.window;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.devstack.imagery.ImageryRequests.Request;
import dev.satpage.devstack.imagery.Parsed.Api;
import org.junit.jupiter.api.Test;

/**
 * Azure Maps Render 2024-04-01 limits at their edges and just beyond. Source for every value:
 * render.json 2024-04-01 (github.com/Azure/azure-rest-api-specs,
 * specification/maps/data-plane/Render/stable/2024-04-01/render.json, read 2026-12-02), as
 * transcribed in AzureStaticImageFacts and AzureMapTileFacts.
 */
class AzureRequestsTest {
  private static final String KEY = "k";
  private static final String STATIC =
      "api-version=2024-04-01&tilesetId=microsoft.imagery&subscription-key=k";
  private static final String CENTRE = "&center=-0.1246,51.5007";
  private static final String TILE =
      "api-version=2024-04-01&tilesetId=microsoft.imagery&subscription-key=k";

  @Test
  void staticImage_theOldSinglePageRequestIsRefused() {
    // The 4000 x 3000 page in one request (Render v1 allowed 1-8192): width max 2000, height max
    // 1500.
    Parsed parsed = staticImage(STATIC + CENTRE + "&zoom=17&width=4000&height=3000", "image/jpeg");
    assertThat(status(parsed)).isEqualTo(400);
    assertThat(parsed.api()).isEqualTo(Api.AZURE);
  }

  @Test
  void staticImage_widthIs80To2000() {
    assertThat(staticImage(STATIC + CENTRE + "&zoom=17&width=80&height=100", null))
        .isInstanceOf(Parsed.Image.class);
    assertThat(staticImage(STATIC + CENTRE + "&zoom=17&width=2000&height=100", null))
        .isInstanceOf(Parsed.Image.class);
    assertThat(status(staticImage(STATIC + CENTRE + "&zoom=17&width=79&height=100", null)))
        .isEqualTo(400);
    assertThat(status(staticImage(STATIC + CENTRE + "&zoom=17&width=2001&height=100", null)))
        .isEqualTo(400);
  }

  @Test
  void staticImage_heightIs80To1500() {
    assertThat(staticImage(STATIC + CENTRE + "&zoom=17&width=100&height=80", null))
        .isInstanceOf(Parsed.Image.class);
    assertThat(staticImage(STATIC + CENTRE + "&zoom=17&width=100&height=1500", null))
        .isInstanceOf(Parsed.Image.class);
    assertThat(status(staticImage(STATIC + CENTRE + "&zoom=17&width=100&height=79", null)))
        .isEqualTo(400);
    assertThat(status(staticImage(STATIC + CENTRE + "&zoom=17&width=100&height=1501", null)))
        .isEqualTo(400);
  }

  @Test
  void staticImage_zoomIs0To19ForImagery_default12_drawnOneLevelDeeper() {
    assertThat(window(staticImage(STATIC + CENTRE + "&zoom=0&width=100&height=100", null)).level())
        .isEqualTo(1);
    assertThat(window(staticImage(STATIC + CENTRE + "&zoom=19&width=100&height=100", null)).level())
        .isEqualTo(20);
    assertThat(window(staticImage(STATIC + CENTRE + "&width=100&height=100", null)).level())
        .isEqualTo(13);
    assertThat(status(staticImage(STATIC + CENTRE + "&zoom=20&width=100&height=100", null)))
        .isEqualTo(400);
    assertThat(status(staticImage(STATIC + CENTRE + "&zoom=-1&width=100&height=100", null)))
        .isEqualTo(400);
  }

  @Test
  void staticImage_defaultSizeIs512_andTheWindowIsCentredOnLongitudeLatitude() {
    ImageWindow window = window(staticImage(STATIC + CENTRE + "&zoom=16", null));
    assertThat(window).isEqualTo(ImageWindow.centred(51.5007, -0.1246, 17, 512, 512));
  }

  @Test
  void staticImage_centerIsLonLatWithinTheDocumentedRanges() {
    assertThat(staticImage(STATIC + "&center=180,-90&zoom=3", null))
        .isInstanceOf(Parsed.Image.class);
    assertThat(status(staticImage(STATIC + "&center=180.5,0&zoom=3", null))).isEqualTo(400);
    assertThat(status(staticImage(STATIC + "&center=0,-90.5&zoom=3", null))).isEqualTo(400);
    assertThat(status(staticImage(STATIC + "&center=51.5&zoom=3", null))).isEqualTo(400);
    assertThat(status(staticImage(STATIC + "&zoom=3", null))).isEqualTo(400);
  }

  @Test
  void staticImage_isPngUnlessJpegIsAccepted() {
    // Accept: "Return image in image/png if Accept header is not specified."
    assertThat(format(staticImage(STATIC + CENTRE, null))).isEqualTo(ImageFormat.PNG);
    assertThat(format(staticImage(STATIC + CENTRE, ""))).isEqualTo(ImageFormat.PNG);
    assertThat(format(staticImage(STATIC + CENTRE, "image/png"))).isEqualTo(ImageFormat.PNG);
    assertThat(format(staticImage(STATIC + CENTRE, "image/jpeg"))).isEqualTo(ImageFormat.JPEG);
    assertThat(format(staticImage(STATIC + CENTRE, "image/*"))).isEqualTo(ImageFormat.PNG);
    assertThat(format(staticImage(STATIC + CENTRE, "*/*"))).isEqualTo(ImageFormat.PNG);
    assertThat(format(staticImage(STATIC + CENTRE, "image/png;q=0.5, image/jpeg")))
        .isEqualTo(ImageFormat.JPEG);
    assertThat(format(staticImage(STATIC + CENTRE, "image/jpeg;q=0.4, image/*;q=0.8")))
        .isEqualTo(ImageFormat.PNG);
    assertThat(status(staticImage(STATIC + CENTRE, "text/html"))).isEqualTo(400);
    assertThat(status(staticImage(STATIC + CENTRE, "image/png;q=0, image/jpeg;q=0")))
        .isEqualTo(400);
  }

  @Test
  void staticImage_onlyTheImageryTilesetAndApiVersion20240401() {
    String rest = "&subscription-key=k" + CENTRE;
    assertThat(status(staticImage("api-version=2024-04-01" + rest, null)))
        .as("default is microsoft.base.road")
        .isEqualTo(400);
    assertThat(
            status(
                staticImage(
                    "api-version=2024-04-01&tilesetId=microsoft.base.darkgrey" + rest, null)))
        .isEqualTo(400);
    assertThat(
            status(staticImage("api-version=2022-08-01&tilesetId=microsoft.imagery" + rest, null)))
        .isEqualTo(400);
    assertThat(status(staticImage(STATIC + "&bbox=0,0,1,1", null))).isEqualTo(400);
  }

  @Test
  void key_inTheQueryOrTheSubscriptionKeyHeader_elseUnauthorized() {
    String noKey = "api-version=2024-04-01&tilesetId=microsoft.imagery" + CENTRE;
    Request header = new Request("/map/static", noKey, null, "k");
    assertThat(ImageryRequests.parse(header, KEY)).isInstanceOf(Parsed.Image.class);
    assertThat(status(staticImage(noKey, null))).isEqualTo(401);
    assertThat(status(staticImage(noKey + "&subscription-key=x", null))).isEqualTo(401);
    assertThat(status(staticImage(noKey + "&key=k", null)))
        .as("Bing's parameter name")
        .isEqualTo(401);
    assertThat(status(tile("api-version=2024-04-01&tilesetId=microsoft.imagery&zoom=3&x=1&y=1")))
        .isEqualTo(401);
  }

  @Test
  void tile_zoomIs1To19ForImagery() {
    assertThat(window(tile(TILE + "&zoom=1&x=1&y=1")))
        .isEqualTo(new ImageWindow(1, 256, 256, 256, 256));
    assertThat(tile(TILE + "&zoom=19&x=0&y=0")).isInstanceOf(Parsed.Image.class);
    assertThat(status(tile(TILE + "&zoom=0&x=0&y=0"))).isEqualTo(400);
    assertThat(status(tile(TILE + "&zoom=20&x=0&y=0"))).isEqualTo(400);
  }

  @Test
  void tile_xAndYAreWithin0To2PowZoomMinus1() {
    assertThat(tile(TILE + "&zoom=3&x=7&y=7")).isInstanceOf(Parsed.Image.class);
    assertThat(status(tile(TILE + "&zoom=3&x=8&y=0"))).isEqualTo(400);
    assertThat(status(tile(TILE + "&zoom=3&x=0&y=8"))).isEqualTo(400);
    assertThat(status(tile(TILE + "&zoom=3&x=-1&y=0"))).isEqualTo(400);
    assertThat(status(tile(TILE + "&zoom=3&y=0"))).isEqualTo(400);
  }

  @Test
  void tile_512CoversTheGroundOfThe256TileWithTwiceThePixels() {
    assertThat(window(tile(TILE + "&zoom=5&x=3&y=7&tileSize=256")))
        .isEqualTo(new ImageWindow(5, 768, 1792, 256, 256));
    assertThat(window(tile(TILE + "&zoom=5&x=3&y=7")))
        .isEqualTo(new ImageWindow(5, 768, 1792, 256, 256));
    assertThat(window(tile(TILE + "&zoom=5&x=3&y=7&tileSize=512")))
        .isEqualTo(new ImageWindow(6, 1536, 3584, 512, 512));
    assertThat(status(tile(TILE + "&zoom=5&x=3&y=7&tileSize=1024"))).isEqualTo(400);
  }

  @Test
  void tile_isPng_andNeedsTheImageryTileset() {
    // TilesetID microsoft.imagery: "Format: raster (png)."
    assertThat(format(tile(TILE + "&zoom=5&x=3&y=7"))).isEqualTo(ImageFormat.PNG);
    assertThat(status(tile("api-version=2024-04-01&subscription-key=k&zoom=5&x=3&y=7")))
        .isEqualTo(400);
    assertThat(
            status(
                tile(
                    "api-version=2024-04-01&tilesetId=microsoft.base.road&subscription-key=k&zoom=5&x=3&y=7")))
        .isEqualTo(400);
  }

  private static Parsed staticImage(String query, String accept) {
    return ImageryRequests.parse(new Request("/map/static", query, accept, null), KEY);
  }

  private static Parsed tile(String query) {
    return ImageryRequests.parse(Request.get("/map/tile", query), KEY);
  }

  private static ImageFormat format(Parsed parsed) {
    assertThat(parsed).isInstanceOf(Parsed.Image.class);
    return ((Parsed.Image) parsed).format();
  }
}
