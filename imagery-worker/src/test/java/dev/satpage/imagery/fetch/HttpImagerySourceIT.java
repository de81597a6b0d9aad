package dev.satpage.imagery.fetch;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.imagery.codec.ImageFormat;
import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.imagery.codec.PixelBuffer;
import dev.satpage.imagery.codec.PngDecoder;
import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.imagery.plan.TileRequest;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link HttpImagerySource} against the devstack imagery simulator — written from the providers'
 * documentation, not from this module — where one provider's API has more to say than {@link
 * ImagerySourceContract} (run for every provider by {@code HttpImagerySourceContractIT}): Azure's
 * Accept header and size limit, Azure's PNG tiles, a corrupt body.
 */
@ExtendWith(DevstackExtension.class)
class HttpImagerySourceIT {
  private static final ImageRequest REQUEST =
      new ImageRequest(51.5007, -0.1246, 17, 2000, 1500, 0, 0);

  private static Devstack devstack;

  @BeforeAll
  static void start(Devstack started) {
    devstack = started;
  }

  @AfterEach
  void resetFaults() {
    devstack.imagery().faults().reset();
  }

  private static HttpImagerySource source(String key) {
    return source(StaticMapApi.bing(devstack.imageryEndpoint()), key);
  }

  private static HttpImagerySource source(ProviderApi api, String key) {
    return new HttpImagerySource(
        HttpImagerySource.httpClient(Duration.ofSeconds(2)),
        api,
        key,
        Duration.ofSeconds(3),
        HttpImagerySource.DEFAULT_MAX_IMAGE_BYTES);
  }

  /** The Azure static API as it is, but sending another Accept header. */
  private static ProviderApi azureStaticAccepting(String accept) {
    StaticMapApi azure = StaticMapApi.azure(devstack.imageryEndpoint());
    return new ProviderApi() {
      public String name() {
        return azure.name();
      }

      public String attribution() {
        return azure.attribution();
      }

      public dev.satpage.imagery.plan.Planner planner() {
        return azure.planner();
      }

      public java.net.URI uriFor(dev.satpage.imagery.plan.PlannedImage image, String key) {
        return azure.uriFor(image, key);
      }

      public java.net.URI origin() {
        return azure.origin();
      }

      public java.util.List<ImageFormat> formats() {
        return azure.formats();
      }

      public String accept() {
        return accept;
      }
    };
  }

  @Test
  void azureStaticImage_comesAsJpeg_becauseTheWorkerAsksForIt() {
    ImageRequest azureImage =
        new ImageRequest(51.5007, -0.1246, 16, 2000, 1500, 0, 0); // Azure zoom 16 = level 17

    byte[] image =
        source(StaticMapApi.azure(devstack.imageryEndpoint()), devstack.imageryApiKey())
            .fetch(azureImage);

    assertThat(ImageFormat.sniff(image)).contains(ImageFormat.JPEG);
    assertThat(new ImageIoJpegCodec().decode(image).getWidth()).isEqualTo(2000);
  }

  @Test
  void azureStaticImage_withoutTheJpegAcceptHeader_isPng_andRefusedClearly() {
    // What a worker that dropped "Accept: image/jpeg" would get: the documented default, PNG.
    ImageRequest azureImage = new ImageRequest(51.5007, -0.1246, 16, 2000, 1500, 0, 0);

    PermanentFailure e =
        assertPermanent(
            FailureReason.IMAGERY_WRONG_FORMAT,
            () -> source(azureStaticAccepting("*/*"), devstack.imageryApiKey()).fetch(azureImage));
    assertThat(e.detail()).contains("image/png");
  }

  @Test
  void theOldSingle4000x3000AzureRequest_isRefusedWithTheDocumented400() {
    ImageRequest wholePage = new ImageRequest(51.5007, -0.1246, 16, 4000, 3000, 0, 0);

    PermanentFailure e =
        assertPermanent(
            FailureReason.IMAGERY_REJECTED,
            () ->
                source(StaticMapApi.azure(devstack.imageryEndpoint()), devstack.imageryApiKey())
                    .fetch(wholePage));
    assertThat(e.detail()).contains("HTTP 400", "\"error\"");
  }

  @Test
  void azureTiles_arePngTilesOfTheRequestedSize() {
    for (int size : new int[] {256, 512}) {
      TileRequest tile = new TileRequest(16, 32_740, 21_790, size, 0, 0);

      byte[] image =
          source(new AzureTileApi(devstack.imageryEndpoint(), size), devstack.imageryApiKey())
              .fetch(tile);

      assertThat(ImageFormat.sniff(image)).contains(ImageFormat.PNG);
      PixelBuffer decoded = PixelBuffer.allocate(size, size);
      PngDecoder.decodeInto(image, size, size, decoded, 0, 0);
    }
  }

  @Test
  void corruptBody_isRefusedByTheCodec() {
    devstack.imagery().faults().corruptBodyRate(1.0);
    byte[] bytes =
        source(devstack.imageryApiKey())
            .fetch(REQUEST); // starts like a JPEG, so it passes the sniff

    assertPermanent(FailureReason.IMAGERY_CORRUPT, () -> new ImageIoJpegCodec().decode(bytes));
  }
}
