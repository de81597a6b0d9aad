package dev.satpage.imagery.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.imagery.plan.TileRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@link ImagerySourceContract} against {@link HttpImagerySource} with every provider API the
 * worker can be configured with, over HTTP to the devstack imagery simulator.
 */
@ExtendWith(DevstackExtension.class)
class HttpImagerySourceContractIT {
  private static Devstack devstack;

  @BeforeAll
  static void start(Devstack started) {
    devstack = started;
  }

  @AfterEach
  void resetFaults() {
    devstack.imagery().faults().reset();
  }

  /**
   * The contract for one provider API; the simulator's fault knobs at rate 1 provoke the faults.
   */
  abstract static class Provider extends ImagerySourceContract {
    abstract ProviderApi api();

    @Override
    protected ImagerySource source(String apiKey, Duration timeout) {
      return new HttpImagerySource(
          HttpImagerySource.httpClient(Duration.ofSeconds(2)),
          api(),
          apiKey,
          timeout,
          HttpImagerySource.DEFAULT_MAX_IMAGE_BYTES);
    }

    @Override
    protected String validKey() {
      return devstack.imageryApiKey();
    }

    @Override
    protected void provoke(Fault fault) {
      var faults = devstack.imagery().faults();
      switch (fault) {
        case THROTTLED -> faults.throttleRate(1.0);
        case SERVER_ERROR -> faults.errorRate(1.0);
        case HANGS -> faults.timeoutRate(1.0).timeoutHang(Duration.ofSeconds(3));
        case NOT_AN_IMAGE -> faults.wrongContentTypeRate(1.0);
        case ABSURD_DIMENSIONS -> faults.absurdDimensionsRate(1.0);
      }
    }
  }

  /** A tile API; each names the deepest level it serves. */
  abstract static class Tiles extends Provider {
    abstract int size();

    @Override
    protected PlannedImage request() {
      return new TileRequest(16, 32_740, 21_790, size(), 0, 0);
    }
  }

  /** A static-map API: at most 2000 x 1500 px per image. */
  abstract static class StaticMap extends Provider {
    @Override
    protected PlannedImage request() {
      return new ImageRequest(51.5007, -0.1246, 16, 2000, 1500, 0, 0);
    }

    @Override
    protected PlannedImage outsideTheDocumentedLimits() {
      return new ImageRequest(51.5007, -0.1246, 16, 2500, 1500, 0, 0);
    }
  }

  @Nested
  class AzureMapTiles extends Tiles {
    @Override
    ProviderApi api() {
      return new AzureTileApi(devstack.imageryEndpoint(), 512);
    }

    @Override
    int size() {
      return 512;
    }

    /** microsoft.imagery "Supports zoom levels 1 through 19" (AzureMapsFacts). */
    @Override
    protected PlannedImage outsideTheDocumentedLimits() {
      return new TileRequest(20, 0, 0, size(), 0, 0);
    }
  }

  @Nested
  class AzureStaticImages extends StaticMap {
    @Override
    ProviderApi api() {
      return StaticMapApi.azure(devstack.imageryEndpoint());
    }
  }

  @Nested
  class BingStaticMaps extends StaticMap {
    @Override
    ProviderApi api() {
      return StaticMapApi.bing(devstack.imageryEndpoint());
    }

    /**
     * Bing's own overload signal ({@code X-MS-BM-WS-INFO: 1}), beside 429 and 5xx: busy, with the
     * wait it asks.
     */
    @Test
    void bingsOverloadSignal_isABusyProvider_withAWait() {
      devstack.imagery().faults().overloadRate(1.0);

      assertThatThrownBy(() -> source(validKey(), Duration.ofSeconds(20)).fetch(request()))
          .isInstanceOfSatisfying(ProviderBusy.class, e -> assertThat(e.retryAfter()).isPresent());
    }
  }

  @Nested
  class XyzTiles extends Tiles {
    @Override
    ProviderApi api() {
      return new TileApi(devstack.imageryEndpoint(), TileApi.DEFAULT_TEMPLATE, 256, "© tiles");
    }

    @Override
    int size() {
      return 256;
    }

    /** A generic XYZ service documents no limit of its own: the simulator's deepest level is 21. */
    @Override
    protected PlannedImage outsideTheDocumentedLimits() {
      return new TileRequest(22, 0, 0, size(), 0, 0);
    }
  }
}
