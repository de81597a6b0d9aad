package dev.satpage.ops.experiment;

import static dev.satpage.ops.experiment.Comparisons.aComparison;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.experiment.ExperimentComparison;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.json.Json;
import dev.satpage.model.port.StoredObject;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.testing.InMemoryObjectStore;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ComparisonReaderTest {
  private final InMemoryObjectStore store = new InMemoryObjectStore();

  private void store(ExperimentComparison c) {
    store.put(
        S3Layout.experimentComparison(c.experiment(), c.comparisonId()),
        Json.writeBytes(c),
        "application/json");
  }

  /** A store that lists {@link #store}'s keys and answers GETs with {@code get}. */
  private InMemoryObjectStore listingStore(Function<String, Optional<StoredObject>> get) {
    return new InMemoryObjectStore() {
      @Override
      public List<String> list(String prefix) {
        return store.list(prefix);
      }

      @Override
      public Optional<StoredObject> get(String key) {
        return get.apply(key);
      }
    };
  }

  @Test
  void readsEveryRecord_ofThatExperimentOnly() {
    IntStream.range(0, 2500).forEach(i -> store(aComparison("c%04d".formatted(i)).build()));
    store(aComparison("other").ofExperiment("bing-to-azure-2").build());

    ComparisonReader.Read read = new ComparisonReader(store, 4).read(Comparisons.EXPERIMENT);

    assertThat(read.comparisons()).hasSize(2500);
    assertThat(read.comparisons().getFirst().comparisonId()).isEqualTo("c0000");
    assertThat(read.comparisons().getLast().comparisonId()).isEqualTo("c2499");
    assertThat(read.skipped()).isEmpty();
  }

  @Test
  void unreadableRecords_areSkippedWithTheirKeyAndWhy() {
    store(aComparison("good").build());
    String prefix = S3Layout.experimentComparisonsPrefix(Comparisons.EXPERIMENT);
    store.put(
        prefix + "garbage.json", "{not json".getBytes(StandardCharsets.UTF_8), "application/json");
    store.put(
        prefix + "future.json",
        Json.write(aComparison("future").build())
            .replace("\"schemaVersion\":1", "\"schemaVersion\":2")
            .getBytes(StandardCharsets.UTF_8),
        "application/json");
    store.put(
        prefix + "misplaced.json",
        Json.writeBytes(aComparison("misplaced").ofExperiment("elsewhere").build()),
        "application/json");

    ComparisonReader.Read read = new ComparisonReader(store).read(Comparisons.EXPERIMENT);

    assertThat(read.comparisons())
        .extracting(ExperimentComparison::comparisonId)
        .containsExactly("good");
    assertThat(read.skipped())
        .hasSize(3)
        .anySatisfy(s -> assertThat(s).startsWith(prefix + "garbage.json: "))
        .anySatisfy(
            s -> assertThat(s).startsWith(prefix + "future.json: ").contains("schemaVersion"))
        .anySatisfy(
            s -> assertThat(s).isEqualTo(prefix + "misplaced.json: names experiment 'elsewhere'"));
  }

  @Test
  void aRecordDeletedBetweenListAndGet_isSkipped() {
    store(aComparison("c1").build());
    InMemoryObjectStore vanishing = listingStore(key -> Optional.empty());

    ComparisonReader.Read read = new ComparisonReader(vanishing).read(Comparisons.EXPERIMENT);

    assertThat(read.comparisons()).isEmpty();
    assertThat(read.skipped())
        .singleElement()
        .asString()
        .endsWith("c1.json: deleted while reading");
  }

  @Test
  void aStoreFailure_isThrown_notSkipped() {
    store(aComparison("c1").build());
    InMemoryObjectStore failing =
        listingStore(
            key -> {
              throw new TransientFailure("s3 unreachable");
            });

    assertThatThrownBy(() -> new ComparisonReader(failing).read(Comparisons.EXPERIMENT))
        .isInstanceOf(TransientFailure.class)
        .hasMessageContaining("s3 unreachable");
  }

  @Test
  void noParallelReads_isRefused() {
    assertThatThrownBy(() -> new ComparisonReader(store, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
