package dev.satpage.ops.experiment;

import dev.satpage.model.experiment.ExperimentComparison;
import dev.satpage.model.json.Json;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.StoredObject;
import dev.satpage.model.storage.S3Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Reads every comparison record of an experiment from {@link S3Layout#experimentComparisonsPrefix}:
 * one listing (the store pages through it) and one GET per record, a bounded number at once on
 * virtual threads, since an experiment holds thousands. Records that cannot be read are skipped and
 * named, not fatal: one bad record must not hide the rest.
 */
public final class ComparisonReader {
  /** GETs in flight at once. */
  public static final int DEFAULT_PARALLEL_READS = 16;

  private final ObjectStore store;
  private final int parallelReads;

  public ComparisonReader(ObjectStore store, int parallelReads) {
    if (parallelReads < 1) {
      throw new IllegalArgumentException("parallelReads must be at least 1, was " + parallelReads);
    }
    this.store = store;
    this.parallelReads = parallelReads;
  }

  public ComparisonReader(ObjectStore store) {
    this(store, DEFAULT_PARALLEL_READS);
  }

  /** The comparisons read (in key order) and the records skipped, each as {@code key: why}. */
  public record Read(List<ExperimentComparison> comparisons, List<String> skipped) {
    public Read {
      comparisons = List.copyOf(comparisons);
      skipped = List.copyOf(skipped);
    }
  }

  /** Every record under the experiment's prefix; both lists empty when there are none. */
  public Read read(String experiment) {
    List<String> keys = store.list(S3Layout.experimentComparisonsPrefix(experiment));
    Semaphore permits = new Semaphore(parallelReads);
    List<Future<Optional<StoredObject>>> gets = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (String key : keys) {
        gets.add(
            pool.submit(
                () -> {
                  permits.acquire();
                  try {
                    return store.get(key);
                  } finally {
                    permits.release();
                  }
                }));
      }
      List<ExperimentComparison> comparisons = new ArrayList<>();
      List<String> skipped = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        String key = keys.get(i);
        Optional<StoredObject> object = result(gets.get(i));
        if (object.isEmpty()) {
          skipped.add(key + ": deleted while reading");
          continue;
        }
        try {
          ExperimentComparison c = Json.read(object.get().content(), ExperimentComparison.class);
          if (c.experiment().equals(experiment)) {
            comparisons.add(c);
          } else {
            skipped.add(key + ": names experiment '" + c.experiment() + "'");
          }
        } catch (MessageFormatException e) {
          skipped.add(key + ": " + e.getMessage());
        }
      }
      return new Read(comparisons, skipped);
    }
  }

  private static <T> T result(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading comparisons", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r; // the store's own failure (unreachable, refused): the command reports it
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
