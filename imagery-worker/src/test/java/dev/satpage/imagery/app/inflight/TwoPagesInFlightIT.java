package dev.satpage.imagery.app.inflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.devstack.testing.TestQueues;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.queue.Queues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The Spring worker's memory with two stitched pages in flight (its default two listener slots,
 * every page of the default path: Azure Maps tiles of 512 px, PNG, decoded into the 4000×3000
 * page), in a JVM of its own with the heap settings it is deployed with ({@link
 * #DEPLOYED_HEAP_OPTIONS}): its peak resident set (VmHWM) must stay within 512 MiB. The simulator
 * runs in load mode (stand-in tiles drawn once), as in {@code ./satpage load}.
 *
 * <p>Also writes what a benchmark needs into {@code target/two-pages-in-flight/}: the worker's log
 * (a line per page with its stage times and the codec's own CPU time) and {@code result.txt} (CPU
 * seconds per page after the warm-up, peak RSS). Not a timed test: nothing here depends on how fast
 * the machine is. {@code -Dsatpage.it.pages=30} sets the measured pages; {@code
 * -Dsatpage.it.worker-jvm='-XX:StartFlightRecording=…'} adds JVM options (a profile, another heap).
 */
@ExtendWith(DevstackExtension.class)
class TwoPagesInFlightIT {
  /** The worker's heap as the container and the load harness run it (imagery-worker README). */
  static final List<String> DEPLOYED_HEAP_OPTIONS = List.of("-Xmx256m", "-XX:+UseG1GC");

  static final double RSS_LIMIT_MIB = 512;
  static final int WARM_UP_PAGES = Integer.getInteger("satpage.it.warm-up", 4);
  static final Path OUT = Path.of("target", "two-pages-in-flight");

  static Devstack devstack;
  static SqsClient sqs;
  static WorkerJvm worker;
  static List<String> jvmOptions;
  static final AtomicInteger placed = new AtomicInteger();

  @BeforeAll
  static void start(Devstack started) throws Exception {
    devstack = started;
    devstack.imagery().usePool(8); // load mode, as ./satpage load runs the simulator
    sqs = devstack.newSqsClient();
    List<String> options = new ArrayList<>(DEPLOYED_HEAP_OPTIONS);
    String extra = System.getProperty("satpage.it.worker-jvm", "").strip();
    if (!extra.isEmpty()) {
      options.addAll(Arrays.asList(extra.split("\\s+")));
    }
    Map<String, String> properties = new HashMap<>(devstack.endpointProperties());
    properties.put("spring.cloud.aws.sqs.listener.poll-timeout", "1s");
    jvmOptions = List.copyOf(options);
    worker = new WorkerJvm(options, properties, OUT.resolve("worker.log"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (worker != null) {
      worker.close();
    }
    if (sqs != null) {
      sqs.close();
    }
  }

  @Test
  void twoPagesInFlight_peakRssStaysWithin512MiB() throws Exception {
    int pages = Integer.getInteger("satpage.it.pages", 12);
    long requestsBefore = devstack.imagery().requestCount();
    makePages("warm", WARM_UP_PAGES);
    double cpuAfterWarmUp = worker.cpuSeconds();
    Map<String, Double> threadsAfterWarmUp = worker.cpuSecondsByThread();
    long start = System.nanoTime();
    makePages("page", pages);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = worker.cpuSeconds() - cpuAfterWarmUp;
    double peak = worker.peakRssMiB();
    String result =
        String.format(
            "pages %d (after %d warm-up), wall %.1f s, worker CPU %.2f s = %.3f s per page,"
                + " peak RSS (VmHWM) %.0f MiB, JVM options %s%n",
            pages, WARM_UP_PAGES, seconds, cpu, cpu / pages, peak, jvmOptions);
    StringBuilder threads = new StringBuilder("CPU s by thread after the warm-up:\n");
    worker
        .cpuSecondsByThread()
        .forEach(
            (name, seconds2) -> {
              double used = seconds2 - threadsAfterWarmUp.getOrDefault(name, 0.0);
              if (used >= 0.01) {
                threads.append(String.format("  %-24s %7.2f%n", name, used));
              }
            });
    result += threads;
    Files.writeString(OUT.resolve("result.txt"), result);
    System.out.print(result);

    assertThat(worker.alive()).as("the worker ran to the end").isTrue();
    assertThat(devstack.imagery().requestCount() - requestsBefore)
        .as("every page made from its tiles (48 at the least), none found in the store")
        .isGreaterThanOrEqualTo(48L * (WARM_UP_PAGES + pages));
    assertThat(peak).as("peak RSS of the worker, MiB").isLessThanOrEqualTo(RSS_LIMIT_MIB);
  }

  /** Sends {@code count} jobs at once (two are in flight at any time) and waits for them all. */
  static void makePages(String prefix, int count) {
    List<SatellitePageJob> jobs =
        IntStream.range(0, count)
            // every page at its own place, as the load harness orders them: nothing is cached
            .mapToObj(
                i -> {
                  int n = placed.getAndIncrement();
                  return job(prefix + "-" + i, 4.0 + 0.37 * n, 45.0 + 0.23 * n);
                })
            .toList();
    String url = TestQueues.url(sqs, Queues.SATELLITE_PAGE_JOBS_NAME);
    jobs.forEach(job -> sqs.sendMessage(b -> b.queueUrl(url).messageBody(Json.write(job))));
    Set<String> completed = ConcurrentHashMap.newKeySet();
    await(count + " " + prefix + " pages")
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              TestQueues.read(
                      TestQueues.receiveAndDelete(sqs, Queues.IMAGERY_COMPLETED_NAME),
                      ImageryCompleted.class)
                  .forEach(c -> completed.add(c.jobId()));
              return completed.containsAll(jobs.stream().map(SatellitePageJob::jobId).toList());
            });
  }

  static SatellitePageJob job(String name, double longitude, double latitude) {
    return SatellitePageJob.of(
        "order-" + name, "book-" + name, 1, "sat-1", SatellitePageSpec.of(latitude, longitude, 18));
  }
}
