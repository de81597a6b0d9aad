package dev.satpage.imagery.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.DevstackConfig;
import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.model.failure.PermanentFailure;
import java.awt.image.BufferedImage;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link HttpImagerySource} against the devstack imagery simulator, including its fault knobs. */
class HttpImagerySourceIT {
  private static final ImageRequest REQUEST = new ImageRequest(51.5007, -0.1246, 17, 2000, 1500, 0, 0);

  private static Devstack devstack;

  @BeforeAll
  static void start() {
    devstack = Devstack.start(DevstackConfig.defaults());
  }

  @AfterAll
  static void stop() {
    devstack.close();
  }

  @AfterEach
  void resetFaults() {
    devstack.imagery().faults().reset();
  }

  private static HttpImagerySource source(String key) {
    return new HttpImagerySource(
        HttpImagerySource.httpClient(Duration.ofSeconds(2)), new BingStaticApi(devstack.imageryEndpoint()), key,
        Duration.ofSeconds(3), HttpImagerySource.DEFAULT_MAX_IMAGE_BYTES);
  }

  @Test
  void image_isAJpegOfTheRequestedSize() {
    BufferedImage image = new ImageIoJpegCodec().decode(source(devstack.imageryApiKey()).fetch(REQUEST));

    assertThat(image.getWidth()).isEqualTo(2000);
    assertThat(image.getHeight()).isEqualTo(1500);
  }

  @Test
  void wrongKey_isRejectedPermanently_withoutShowingTheKey() {
    assertThatThrownBy(() -> source("not-the-key").fetch(REQUEST))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> {
          assertThat(e.reason()).isEqualTo("imagery-rejected");
          assertThat(e.detail()).contains("HTTP 401").doesNotContain("not-the-key");
        });
  }

  @Test
  void oversizeRequest_isRejectedPermanently() {
    ImageRequest tooWide = new ImageRequest(51.5007, -0.1246, 17, 2500, 1500, 0, 0);

    assertThatThrownBy(() -> source(devstack.imageryApiKey()).fetch(tooWide))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> assertThat(e.detail()).contains("HTTP 400"));
  }

  @Test
  void serverErrors_areTransient() {
    devstack.imagery().faults().errorRate(1.0);

    assertThatThrownBy(() -> source(devstack.imageryApiKey()).fetch(REQUEST)).isInstanceOf(ProviderBusy.class);
  }

  @Test
  void hangingServer_timesOutTransiently() {
    devstack.imagery().faults().timeoutRate(1.0).timeoutHang(Duration.ofSeconds(10));

    assertThatThrownBy(() -> source(devstack.imageryApiKey()).fetch(REQUEST))
        .isInstanceOf(dev.satpage.model.failure.TransientFailure.class)
        .isNotInstanceOf(PermanentFailure.class);
  }

  @Test
  void wrongContentType_isCorrupt() {
    devstack.imagery().faults().wrongContentTypeRate(1.0);

    assertThatThrownBy(() -> source(devstack.imageryApiKey()).fetch(REQUEST))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> assertThat(e.reason()).isEqualTo("imagery-corrupt"));
  }

  @Test
  void corruptBody_isRefusedByTheCodec() {
    devstack.imagery().faults().corruptBodyRate(1.0);
    byte[] bytes = source(devstack.imageryApiKey()).fetch(REQUEST); // starts like a JPEG, so it passes the sniff

    assertThatThrownBy(() -> new ImageIoJpegCodec().decode(bytes))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> assertThat(e.reason()).isEqualTo("imagery-corrupt"));
  }

  @Test
  void absurdDimensions_areRefusedBeforeAnyDecoding() {
    devstack.imagery().faults().absurdDimensionsRate(1.0);

    assertThatThrownBy(() -> source(devstack.imageryApiKey()).fetch(REQUEST))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> assertThat(e.detail()).contains("60000"));
  }
}
