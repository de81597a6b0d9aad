package dev.satpage.imagery.fetch;

import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.model.failure.TransientFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Fetches all images of a page in parallel on virtual threads, at most {@code parallelism} at a
 * time. The first failure (in request order) cancels the rest and is rethrown unchanged, so its
 * transient/permanent class is kept.
 */
public final class PageFetcher {
  /**
   * Requests of one page in flight at once. A page is up to 63 tiles: at a provider latency of ~300
   * ms, 4 at a time made the fetch ~4.8 s of a page and 16 ~1.25 s (docs/benchmarks.md, "A
   * realistic provider latency"). Two pages in flight then ask ~107 requests a second, within
   * Azure's 250 per second for satellite tiles ({@code AzureMapsFacts.SATELLITE_TILES_QPS}), which
   * the rate limiter enforces anyway.
   */
  public static final int DEFAULT_PARALLELISM = 16;

  private final ImagerySource source;
  private final int parallelism;

  public PageFetcher(ImagerySource source, int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
    }
    this.source = source;
    this.parallelism = parallelism;
  }

  public ImagerySource source() {
    return source;
  }

  /** The JPEG bytes of each request, in request order. */
  public List<byte[]> fetchAll(List<? extends PlannedImage> requests) {
    Semaphore permits = new Semaphore(parallelism);
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<byte[]>> futures = new ArrayList<>(requests.size());
      for (PlannedImage request : requests) {
        futures.add(
            executor.submit(
                () -> {
                  permits.acquire();
                  try {
                    return source.fetch(request);
                  } finally {
                    permits.release();
                  }
                }));
      }
      List<byte[]> images = new ArrayList<>(requests.size());
      for (Future<byte[]> future : futures) {
        try {
          images.add(future.get());
        } catch (ExecutionException e) {
          futures.forEach(f -> f.cancel(true));
          throw unwrap(e.getCause());
        } catch (InterruptedException e) {
          futures.forEach(f -> f.cancel(true));
          Thread.currentThread().interrupt();
          throw new TransientFailure("interrupted while fetching imagery", e);
        }
      }
      return images;
    }
  }

  private static RuntimeException unwrap(Throwable cause) {
    if (cause instanceof RuntimeException re) {
      return re;
    }
    // Errors and checked exceptions from a source are bugs or interruptions, not verdicts on the
    // job: retry later.
    return new TransientFailure("imagery fetch failed: " + cause, cause);
  }
}
