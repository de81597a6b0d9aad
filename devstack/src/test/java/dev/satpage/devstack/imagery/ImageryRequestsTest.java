package dev.satpage.devstack.imagery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.geo.GeoPoint;
import dev.satpage.model.geo.WebMercator;
import dev.satpage.model.geo.WorldPixel;
import org.junit.jupiter.api.Test;

class ImageryRequestsTest {
  private static final String KEY = "k";
  private static final String BING = "/REST/v1/Imagery/Map/Aerial/51.5007,-0.1246/17";

  @Test
  void bingRequest_isCentredWithWebMercatorOrigin() {
    ImageryRequests.Parsed parsed = ImageryRequests.parse(BING, "mapSize=2000,1500&key=k", KEY);

    WorldPixel centre = WebMercator.toPixel(new GeoPoint(51.5007, -0.1246), 17);
    assertThat(parsed).isEqualTo(new ImageryRequests.Image(new ImageWindow(17,
        WebMercator.origin(centre.x(), 2000), WebMercator.origin(centre.y(), 1500), 2000, 1500)));
  }

  @Test
  void missingMapSize_defaultsTo350Square() {
    ImageryRequests.Parsed parsed = ImageryRequests.parse(BING, "key=k", KEY);

    assertThat(((ImageryRequests.Image) parsed).window()).extracting(ImageWindow::width, ImageWindow::height)
        .containsExactly(350, 350);
  }

  @Test
  void parameterNames_areCaseInsensitive() {
    assertThat(ImageryRequests.parse(BING, "MAPSIZE=100,120&Key=k", KEY)).isInstanceOf(ImageryRequests.Image.class);
  }

  @Test
  void wrongOrMissingKey_isUnauthorized() {
    assertThat(ImageryRequests.parse(BING, "key=nope", KEY)).extracting(p -> ((ImageryRequests.Rejected) p).status())
        .isEqualTo(401);
    assertThat(ImageryRequests.parse(BING, null, KEY)).extracting(p -> ((ImageryRequests.Rejected) p).status())
        .isEqualTo(401);
    assertThat(ImageryRequests.parse("/tiles/3/1/2.jpg", "", KEY))
        .extracting(p -> ((ImageryRequests.Rejected) p).status()).isEqualTo(401);
  }

  @Test
  void outOfRangeOrMalformedParameters_areBadRequests() {
    for (String query : new String[] {"mapSize=2001,1500", "mapSize=2000,1501", "mapSize=79,100", "mapSize=x,1",
        "mapSize=100"}) {
      assertThat(status(ImageryRequests.parse(BING, query + "&key=k", KEY))).as(query).isEqualTo(400);
    }
    assertThat(status(ImageryRequests.parse("/REST/v1/Imagery/Map/Aerial/51.5,-0.1/22", "key=k", KEY))).isEqualTo(400);
    assertThat(status(ImageryRequests.parse("/REST/v1/Imagery/Map/Aerial/51.5,-0.1/0", "key=k", KEY))).isEqualTo(400);
    assertThat(status(ImageryRequests.parse("/REST/v1/Imagery/Map/Aerial/91,0/5", "key=k", KEY))).isEqualTo(400);
    assertThat(status(ImageryRequests.parse("/REST/v1/Imagery/Map/Aerial/abc/5", "key=k", KEY))).isEqualTo(400);
    assertThat(status(ImageryRequests.parse("/tiles/2/4/0.jpg", "key=k", KEY))).isEqualTo(400);
  }

  @Test
  void tile_coversItsWorldPixels() {
    assertThat(ImageryRequests.parse("/tiles/5/3/7.jpg", "key=k", KEY))
        .isEqualTo(new ImageryRequests.Image(new ImageWindow(5, 768, 1792, 256, 256)));
  }

  @Test
  void tile512_showsTheWorldPixelsOfTheNextZoom() {
    assertThat(ImageryRequests.parse("/tiles512/4/3/7.jpg", "key=k", KEY))
        .isEqualTo(new ImageryRequests.Image(new ImageWindow(5, 1536, 3584, 512, 512)));
    assertThat(status(ImageryRequests.parse("/tiles512/21/0/0.jpg", "key=k", KEY))).isEqualTo(400);
  }

  @Test
  void esriTile_takesTheRowBeforeTheColumn() {
    assertThat(ImageryRequests.parse("/arcgis/rest/services/World_Imagery/MapServer/tile/5/7/3", "key=k", KEY))
        .isEqualTo(new ImageryRequests.Image(ImageWindow.tile(5, 3, 7)));
  }

  @Test
  void quadkeyTile_decodesThePublishedExample() {
    // Bing tile system article: quadkey "213" is tile (3, 5) at level 3.
    assertThat(ImageryRequests.parse("/tiles/a213.jpeg", "key=k", KEY))
        .isEqualTo(new ImageryRequests.Image(ImageWindow.tile(3, 3, 5)));
    assertThat(ImageryRequests.parse("/tiles/a0.jpeg", "key=k", KEY))
        .isEqualTo(new ImageryRequests.Image(ImageWindow.tile(1, 0, 0)));
    assertThat(status(ImageryRequests.parse("/tiles/a213.jpeg", "key=x", KEY))).isEqualTo(401);
  }

  private static final String AZURE = "api-version=2024-04-01&tilesetId=microsoft.imagery";

  @Test
  void azureStatic_isCentredLikeBingWithLongitudeFirst() {
    ImageryRequests.Parsed parsed = ImageryRequests.parse("/map/static",
        AZURE + "&zoom=17&center=-0.1246,51.5007&width=4000&height=3000&subscription-key=k", KEY);

    assertThat(parsed).isEqualTo(new ImageryRequests.Image(
        ImageWindow.centred(new GeoPoint(51.5007, -0.1246), 17, 4000, 3000)));
  }

  @Test
  void azureStatic_refusesBadParametersAndKeys() {
    String ok = "&zoom=17&center=-0.1246,51.5007&width=100&height=100";
    assertThat(status(ImageryRequests.parse("/map/static", AZURE + ok + "&key=k", KEY))).isEqualTo(401);
    assertThat(status(ImageryRequests.parse("/map/static", AZURE + ok + "&subscription-key=x", KEY))).isEqualTo(401);
    for (String query : new String[] {
        "api-version=2022-08-01&tilesetId=microsoft.imagery" + ok,
        "api-version=2024-04-01&tilesetId=microsoft.base.road" + ok,
        AZURE + "&zoom=21&center=-0.1246,51.5007&width=100&height=100",
        AZURE + "&zoom=17&center=-0.1246,51.5007&width=8193&height=100",
        AZURE + "&zoom=17&center=-0.1246,51.5007&width=100&height=0",
        AZURE + "&zoom=17&center=51.5007&width=100&height=100",
        AZURE + "&zoom=17&center=0,89&width=100&height=100"}) {
      assertThat(status(ImageryRequests.parse("/map/static", query + "&subscription-key=k", KEY))).as(query)
          .isEqualTo(400);
    }
    assertThat(ImageryRequests.parse("/map/static", AZURE + "&zoom=17&center=-0.1246,51.5007&width=8192&height=8192"
        + "&subscription-key=k", KEY)).isInstanceOf(ImageryRequests.Image.class);
  }

  @Test
  void unknownPath_isNotFound() {
    assertThat(status(ImageryRequests.parse("/nothing", "key=k", KEY))).isEqualTo(404);
  }

  private static int status(ImageryRequests.Parsed parsed) {
    return ((ImageryRequests.Rejected) parsed).status();
  }
}
