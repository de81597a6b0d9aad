package dev.satpage.imagery.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.imagery.ImageryMetrics;
import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.imagery.experiment.Experiments;
import dev.satpage.model.testing.InMemoryObjectStore;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperimentComponentsTest {
  private static final ImageryProperties BING =
      new ImageryProperties(
          "bing",
          null,
          URI.create("http://sim.test"),
          "bing-key",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          "imageio",
          null,
          null,
          null,
          null);

  private static ExperimentProperties.CandidateProperties candidate(
      String provider, String mode, String planner) {
    return new ExperimentProperties.CandidateProperties(
        provider, mode, null, null, null, null, null, planner);
  }

  @Test
  void aCandidate_isTheLiveSettingsWithItsOwnValuesInPlace() {
    ImageryProperties azure =
        ExperimentComponents.candidate(
            BING,
            new ExperimentProperties.CandidateProperties(
                "azure",
                "tiles",
                URI.create("http://sim.test"),
                "azure-key",
                null,
                80,
                null,
                "tiles-256"),
            "b2a");

    assertThat(azure.provider()).isEqualTo("azure");
    assertThat(azure.azureMode()).isEqualTo("tiles");
    assertThat(azure.tileSize()).isEqualTo(256);
    assertThat(azure.apiKey()).isEqualTo("azure-key");
    assertThat(azure.printQuality()).isEqualTo(80);
    assertThat(azure.previewQuality()).isEqualTo(BING.previewQuality());
    assertThat(azure.codec()).isEqualTo("imageio");
    assertThat(azure.readTimeout()).isEqualTo(BING.readTimeout());
    // Its own provider's documented rate, not the live path's limiter.
    assertThat(azure.rateLimitPerSecond()).isEqualTo(250);
    assertThat(ExperimentComponents.setup(azure, new ImageIoJpegCodec()))
        .isEqualTo("azure-tiles/imageio/q80/tiles-256");
    assertThat(ExperimentComponents.setup(BING, new ImageIoJpegCodec()))
        .isEqualTo("bing-static/imageio/q90/grid");
  }

  @Test
  void anotherProvider_getsItsOwnDefaultEndpoint_notTheLiveOne() {
    ImageryProperties azure =
        ExperimentComponents.candidate(BING, candidate("azure", "static", null), "x");

    assertThat(azure.endpoint().toString()).isNotEqualTo("http://sim.test");
    assertThat(ExperimentComponents.planner(azure)).isEqualTo("grid");
  }

  @Test
  void badCandidates_areRefusedAtStartUp_withTheExperimentsName() {
    assertThatThrownBy(
            () -> ExperimentComponents.candidate(BING, candidate("here", null, null), "b2a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("satpage.imagery.experiments.b2a.candidate")
        .hasMessageContaining("azure, bing or tiles");
    assertThatThrownBy(
            () -> ExperimentComponents.candidate(BING, candidate("bing", "tiles", null), "b2a"))
        .hasMessageContaining("mode is for the azure provider only");
    assertThatThrownBy(
            () -> ExperimentComponents.candidate(BING, candidate("azure", "tiles", "grid"), "b2a"))
        .hasMessageContaining("planner grid does not fit provider azure mode tiles");
    assertThatThrownBy(
            () -> ExperimentComponents.candidate(BING, candidate("azure", "tiles", "hex"), "b2a"))
        .hasMessageContaining("planner must be grid, tiles-256 or tiles-512");
    assertThatThrownBy(
            () ->
                ExperimentComponents.candidate(
                    BING,
                    new ExperimentProperties.CandidateProperties(
                        null, null, null, null, "gif", null, null, null),
                    "b2a"))
        .hasMessageContaining("codec");
  }

  @Test
  void experiments_buildOneRunnerEach_andRefuseABadSampleRate() {
    Experiments experiments =
        ExperimentComponents.experiments(
            BING,
            Map.of(
                "b2a",
                new ExperimentProperties(candidate("azure", "tiles", null), 1.0, 5.0, 100),
                "q80",
                new ExperimentProperties(null, null, null, null)),
            new ImageIoJpegCodec(),
            new InMemoryObjectStore(),
            Clock.systemUTC(),
            ImageryMetrics.NONE,
            Experiments.Launcher.INLINE);
    assertThat(experiments.runners())
        .extracting(r -> r.name())
        .containsExactlyInAnyOrder("b2a", "q80");

    assertThatThrownBy(
            () ->
                ExperimentComponents.experiments(
                    BING,
                    Map.of("b2a", new ExperimentProperties(null, 1.5, null, null)),
                    new ImageIoJpegCodec(),
                    new InMemoryObjectStore(),
                    Clock.systemUTC(),
                    ImageryMetrics.NONE,
                    Experiments.Launcher.INLINE))
        .hasMessageContaining("sample-rate must be within [0, 1]");
  }

  @Test
  void theExecutor_runsOneComparisonAtATime_andRefusesTheNext() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
    try (ExperimentExecutor executor = new ExperimentExecutor()) {
      assertThat(
              executor.tryLaunch(
                  () -> {
                    try {
                      release.await();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }))
          .isTrue();
      assertThat(executor.tryLaunch(() -> {})).isFalse();
      release.countDown();
      // Free again once the first is done.
      org.awaitility.Awaitility.await().until(() -> executor.tryLaunch(ran::countDown));
      assertThat(ran.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
  }
}
