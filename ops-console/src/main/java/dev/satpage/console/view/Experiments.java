package dev.satpage.console.view;

import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.ops.experiment.ComparisonReader;
import dev.satpage.ops.experiment.ExperimentAggregator;
import dev.satpage.ops.experiment.ExperimentReport;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The experiments that have comparisons in the bucket: the names {@code {name}} of keys {@link
 * S3Layout#experimentComparisonsPrefix}{@code (name)…}. Lists every key under {@code experiments/}:
 * experiments are few and small. A report is the ops CLI's ({@code ops experiment report}): the
 * same reader and aggregation.
 */
public final class Experiments {
  static final String PREFIX = "experiments/";

  private final ObjectStore store;

  public Experiments(ObjectStore store) {
    this.store = store;
  }

  public List<String> names() {
    TreeSet<String> names = new TreeSet<>();
    for (String key : store.list(PREFIX)) {
      int slash = key.indexOf('/', PREFIX.length());
      if (slash > PREFIX.length()) {
        String name = key.substring(PREFIX.length(), slash);
        if (key.startsWith(S3Layout.experimentComparisonsPrefix(name))) {
          names.add(name);
        }
      }
    }
    return List.copyOf(names);
  }

  /**
   * The report of experiment {@code name}, as {@code ops experiment report} makes it; empty when it
   * has no readable comparison.
   */
  public Optional<ExperimentReport> report(String name) {
    ComparisonReader.Read read = new ComparisonReader(store).read(name);
    if (read.comparisons().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ExperimentAggregator(ExperimentAggregator.DEFAULT_WORST).aggregate(name, read));
  }
}
