package dev.satpage.imagery.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.imagery.fetch.AzureStaticApi;
import dev.satpage.imagery.fetch.BingStaticApi;
import dev.satpage.imagery.fetch.TileApi;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ImagerySettingsTest {
  private static ImageryProperties props(String provider, URI endpoint, String key) {
    return new ImageryProperties(provider, endpoint, key, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null);
  }

  @Test
  void defaultProvider_isAzureMaps_theSuccessorOfTheRetiringBingMaps() {
    ImageryProperties p = props(null, null, "k");

    assertThat(p.provider()).isEqualTo("azure");
    assertThat(p.endpoint()).isEqualTo(URI.create("https://atlas.microsoft.com"));
    assertThat(p.providerApi()).isInstanceOf(AzureStaticApi.class);
    assertThat(p.providerApi().attribution()).contains("Microsoft");
    assertThat(p.codec()).isEqualTo("auto");
    assertThat(p.printQuality()).isEqualTo(90);
    assertThat(p.printAsDelivered()).isTrue();
    assertThat(p.previewQuality()).isEqualTo(85);
    assertThat(p.densityPpi()).isEqualTo(300);
  }

  @Test
  void eachProvider_carriesItsApiAndOrigin() {
    assertThat(props("bing", null, "k").providerApi()).isInstanceOf(BingStaticApi.class)
        .extracting(a -> a.origin()).isEqualTo(URI.create("https://dev.virtualearth.net"));
    TileApi tiles = (TileApi) props("tiles", URI.create("http://127.0.0.1:9100"), "k").providerApi();
    assertThat(tiles.origin()).isEqualTo(URI.create("http://127.0.0.1:9100"));
  }

  @Test
  void keyIsRequired_andNeverPrinted() {
    assertThatThrownBy(() -> props(null, null, " ")).hasMessageContaining("api-key is required");
    assertThat(props(null, null, "super-secret").toString()).doesNotContain("super-secret").contains("apiKey=***");
    assertThatThrownBy(() -> props("google", null, "k")).hasMessageContaining("azure, bing or tiles");
  }
}
