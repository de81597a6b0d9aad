package dev.satpage.imagery.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SatellitePageEndpointTest {
  @Test
  void portZero_isOff_andNotAutoStarted() {
    SatellitePageEndpoint endpoint = new SatellitePageEndpoint(null, 0);

    assertThat(endpoint.isAutoStartup()).isFalse();
    endpoint.start();
    assertThat(endpoint.isRunning()).isFalse();
    endpoint.stop();
  }

  @Test
  void portOutsideTheRange_isRefused() {
    assertThatThrownBy(() -> new SatellitePageEndpoint(null, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("satpage.imagery.api.port");
    assertThatThrownBy(() -> new SatellitePageEndpoint(null, 65536))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
