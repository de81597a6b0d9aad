package dev.satpage.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.testing.InMemoryObjectStore;
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
}
