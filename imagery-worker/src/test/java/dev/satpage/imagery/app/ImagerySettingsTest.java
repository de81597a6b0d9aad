package dev.satpage.imagery.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.imagery.fetch.AzureTileApi;
import dev.satpage.imagery.fetch.StaticMapApi;
import dev.satpage.imagery.fetch.TileApi;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ImagerySettingsTest {
  private static ImageryProperties props(String provider, URI endpoint, String key) {
    return props(provider, null, endpoint, key);
  }

  private static ImageryProperties props(
      String provider, String azureMode, URI endpoint, String key) {
    return new ImageryProperties(
        provider, azureMode, endpoint, key, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null);
  }

  @Test
  void defaultProvider_isAzureMapsTiles512_theSuccessorOfTheRetiringBingMaps() {
    ImageryProperties p = props(null, null, "k");

    assertThat(p.provider()).isEqualTo("azure");
    assertThat(p.azureMode()).isEqualTo("tiles");
    assertThat(p.endpoint()).isEqualTo(URI.create("https://atlas.microsoft.com"));
    assertThat(p.providerApi())
        .isInstanceOfSatisfying(AzureTileApi.class, a -> assertThat(a.tileSize()).isEqualTo(512));
    assertThat(p.rateLimitPerSecond())
        .isEqualTo(250.0); // Azure's documented QPS limit for satellite tiles
    assertThat(p.providerApi().attribution()).contains("Microsoft");
    assertThat(p.codec()).isEqualTo("auto");
    assertThat(p.printQuality()).isEqualTo(90);
    assertThat(p.previewQuality()).isEqualTo(85);
    assertThat(p.densityPpi()).isEqualTo(300);
  }

  @Test
  void azureStaticMode_isTheStaticImageGrid_atItsOwnQpsLimit() {
    ImageryProperties p = props("azure", "static", null, "k");

    assertThat(p.providerApi())
        .isInstanceOf(StaticMapApi.class)
        .extracting(a -> a.name())
        .isEqualTo("azure");
    assertThat(p.rateLimitPerSecond())
        .isEqualTo(50.0); // Azure's documented QPS limit for static maps
    assertThat(props("azure", "tiles", null, "k").tileSize()).isEqualTo(512);
    assertThat(props("tiles", null, URI.create("http://127.0.0.1:9100"), "k").tileSize())
        .isEqualTo(256);
    assertThatThrownBy(() -> props("azure", "single", null, "k"))
        .hasMessageContaining("tiles or static");
  }

  @Test
  void eachProvider_carriesItsApiAndOrigin() {
    assertThat(props("bing", null, "k").providerApi())
        .isInstanceOf(StaticMapApi.class)
        .satisfies(a -> assertThat(a.name()).isEqualTo("bing"))
        .extracting(a -> a.origin())
        .isEqualTo(URI.create("https://dev.virtualearth.net"));
    TileApi tiles =
        (TileApi) props("tiles", URI.create("http://127.0.0.1:9100"), "k").providerApi();
    assertThat(tiles.origin()).isEqualTo(URI.create("http://127.0.0.1:9100"));
  }

  @Test
  void keyIsRequired_andNeverPrinted() {
    assertThatThrownBy(() -> props(null, null, " ")).hasMessageContaining("api-key is required");
    assertThat(props(null, null, "super-secret").toString())
        .doesNotContain("super-secret")
        .contains("apiKey=***");
    assertThatThrownBy(() -> props("google", null, "k"))
        .hasMessageContaining("azure, bing or tiles");
  }
}
