package dev.satpage.e2e.load;

import dev.satpage.e2e.cli.Converters;
import dev.satpage.e2e.process.PipelineComponents;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What a {@code ./satpage load} run does; the command line is {@link LoadMain}'s. */
public record LoadOptions(
    int books,
    List<Double> rates,
    int printEvery,
    List<Integer> imageryWorkers,
    Path out,
    Duration timeout,
    int imageryPool,
    String imageryHeap,
    Duration providerLatency) {
  public static final int DEFAULT_PRINT_EVERY = 3;

  /**
   * Stand-in images per size the simulator serves (see ImagerySimulator#usePool); 0 draws every
   * requested window.
   */
  public static final int DEFAULT_IMAGERY_POOL = 8;

  /** Each imagery worker's -Xmx: the heap the worker is deployed with. */
  public static final String DEFAULT_IMAGERY_HEAP = PipelineComponents.IMAGERY_HEAP;

  /**
   * What the imagery simulator adds before every response; 0 answers at once (a local simulator).
   */
  public static final int DEFAULT_PROVIDER_LATENCY_MS = 0;

  public LoadOptions {
    if (books < 1
        || rates.isEmpty()
        || rates.stream().anyMatch(r -> !(r > 0))
        || printEvery < 0
        || imageryWorkers.isEmpty()
        || imageryWorkers.stream().anyMatch(n -> n < 1 || n > Converters.MAX_IMAGERY_WORKERS)
        || imageryPool < 0
        || providerLatency.isNegative()) {
      throw new IllegalArgumentException(
          "books ≥ 1, rate > 0, print-every ≥ 0, imagery-workers within 1..8, imagery-pool ≥ 0, "
              + "provider latency ≥ 0");
    }
    imageryWorkers = List.copyOf(imageryWorkers);
    rates = List.copyOf(rates);
  }
}
