package dev.satpage.console.view;

import static dev.satpage.ops.experiment.Comparisons.aComparison;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.experiment.ExperimentComparison;
import dev.satpage.model.json.Json;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.testing.InMemoryObjectStore;
import dev.satpage.ops.experiment.ExperimentReport;
import org.junit.jupiter.api.Test;

class ExperimentsTest {
  final InMemoryObjectStore store = new InMemoryObjectStore("bucket");

  @Test
  void none_whenNothingIsUnderTheExperimentsPrefix() {
    assertThat(new Experiments(store).names()).isEmpty();
  }

  @Test
  void theNamesOfExperimentsWithComparisons_onceEach_sorted() {
    store.put(
        S3Layout.experimentComparison("q85-vs-q90", "c1"), new byte[] {1}, "application/json");
    store.put(
        S3Layout.experimentComparison("q85-vs-q90", "c2"), new byte[] {1}, "application/json");
    store.put(
        S3Layout.experimentComparison("azure-vs-bing", "c1"), new byte[] {1}, "application/json");
    store.put(
        S3Layout.experimentThumbnail("thumbs-only", "c1", "control"), new byte[] {1}, "image/jpeg");
    assertThat(new Experiments(store).names()).containsExactly("azure-vs-bing", "q85-vs-q90");
  }

  @Test
  void aReport_isTheOpsClisAggregation_andNoneForAnExperimentWithoutComparisons() {
    for (ExperimentComparison c :
        new ExperimentComparison[] {
          aComparison("c1").ofExperiment("x").similarity(0.99, 41.0).build(),
          aComparison("c2").ofExperiment("x").similarity(0.70, 20.0).build()
        }) {
      store.put(
          S3Layout.experimentComparison("x", c.comparisonId()),
          Json.writeBytes(c),
          "application/json");
    }

    ExperimentReport report = new Experiments(store).report("x").orElseThrow();

    assertThat(report.experiment()).isEqualTo("x");
    assertThat(report.worst())
        .first()
        .extracting(ExperimentReport.Mismatch::comparisonId)
        .isEqualTo("c2");
    assertThat(new Experiments(store).report("y")).isEmpty();
  }
}
