package dev.satpage.e2e.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.devstack.DevstackConfig;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.testing.InMemoryObjectStore;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperimentDemoTest {
  @Test
  void properties_bingLive_azureTilesCandidate_onTheSimulator_everyPage() {
    DevstackConfig config = ExperimentDemo.devstack();
    String prefix = "satpage.imagery.experiments.bing-to-azure.";

    Map<String, Object> p = ExperimentDemo.properties(config);

    assertThat(config.imageryPort()).isPositive();
    assertThat(p)
        .containsEntry("satpage.imagery.provider", "bing")
        .containsEntry(prefix + "candidate.provider", "azure")
        .containsEntry(prefix + "candidate.mode", "tiles")
        .containsEntry(prefix + "candidate.endpoint", "http://127.0.0.1:" + config.imageryPort())
        .containsEntry(prefix + "candidate.api-key", config.imageryApiKey())
        .containsEntry(prefix + "sample-rate", "1");
  }

  @Test
  void awaitComparisons_returnsOnceTheCountStopsChanging() {
    InMemoryObjectStore store = new InMemoryObjectStore();
    store.put(
        S3Layout.experimentComparison(ExperimentDemo.NAME, "c1"),
        new byte[] {'{', '}'},
        "application/json");
    Instant start = Instant.now();

    int seen = ExperimentDemo.awaitComparisons(store, start.plusSeconds(60));

    assertThat(seen).isEqualTo(1);
    assertThat(Instant.now()).isAfterOrEqualTo(start.plus(ExperimentDemo.SETTLED));
    assertThat(Instant.now()).isBefore(start.plusSeconds(30));
  }

  @Test
  void awaitComparisons_givesUpAtTheDeadline_withNone() {
    assertThat(
            ExperimentDemo.awaitComparisons(
                new InMemoryObjectStore(), Instant.now().plusSeconds(1)))
        .isZero();
  }

  @Test
  void opsClasspath_isTheOneGiven() {
    String before = System.getProperty(ExperimentDemo.OPS_CLASSPATH_PROPERTY);
    System.setProperty(ExperimentDemo.OPS_CLASSPATH_PROPERTY, "/x/classes:/x/lib/*");
    try {
      assertThat(ExperimentDemo.opsClasspath()).isEqualTo("/x/classes:/x/lib/*");
    } finally {
      if (before == null) {
        System.clearProperty(ExperimentDemo.OPS_CLASSPATH_PROPERTY);
      } else {
        System.setProperty(ExperimentDemo.OPS_CLASSPATH_PROPERTY, before);
      }
    }
  }
}
