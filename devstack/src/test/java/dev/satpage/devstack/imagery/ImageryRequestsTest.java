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
  void unknownPath_isNotFound() {
    assertThat(status(ImageryRequests.parse("/nothing", "key=k", KEY))).isEqualTo(404);
  }

  private static int status(ImageryRequests.Parsed parsed) {
    return ((ImageryRequests.Rejected) parsed).status();
  }
}
