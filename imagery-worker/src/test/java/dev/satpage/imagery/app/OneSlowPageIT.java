package dev.satpage.imagery.app;

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
import dev.satpage.model.testing.HoldingProxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * One slow provider answer must not slow the other pages: the worker (two slots, as deployed)
 * fetches through a proxy that holds every tile of one page — west of Greenwich — until the test
 * releases it. While that page holds one slot, every other page goes through the other; then the
 * held page is released and completes too.
 *
 * <p>Not a timed assertion: the container is given {@code max-delay-between-polls} of 10 minutes,
 * so that a free slot waiting for the held one in any way (to fill a poll of two, or in Spring
 * Cloud AWS's low-throughput mode) shows as the other pages never completing, however fast or slow
 * this machine is, rather than as pages 10 s apart. The timeouts below only stop a hang.
 */
@ExtendWith(DevstackExtension.class)
class OneSlowPageIT {
  static final int OTHER_PAGES = 4;

  /**
   * Azure Maps Get Map Tile: {@code zoom=Z&x=X&y=Y} (AzureTileApi); x below 2^(Z-1) is west of
   * Greenwich.
   */
  static final Pattern TILE = Pattern.compile("[?&]zoom=(\\d+)&x=(\\d+)&");

  static Devstack devstack;
  static HoldingProxy provider;
  static ConfigurableApplicationContext app;
  static SqsClient sqs;

  @BeforeAll
  static void start(Devstack started) {
    devstack = started;
    provider =
        HoldingProxy.start(devstack.imageryEndpoint(), r -> westOfGreenwich(r.pathAndQuery()));
    Map<String, Object> properties = new HashMap<>(devstack.endpointProperties());
    properties.put("satpage.imagery.endpoint", provider.endpoint().toString());
    // A held tile is a slow answer, not a dead provider: no read timeout while the test holds it.
    properties.put("satpage.imagery.read-timeout", "PT10M");
    properties.put("spring.cloud.aws.sqs.listener.poll-timeout", "1s");
    properties.put("spring.cloud.aws.sqs.listener.max-delay-between-polls", "PT10M");
    app = ImageryWorkerApplication.start(properties);
    sqs = devstack.newSqsClient();
  }

  @AfterAll
  static void stop() {
    provider.release();
    if (app != null) {
      app.close();
    }
    if (sqs != null) {
      sqs.close();
    }
    provider.close();
  }

  static boolean westOfGreenwich(String pathAndQuery) {
    Matcher tile = TILE.matcher(pathAndQuery);
    return tile.find()
        && Long.parseLong(tile.group(2)) < (1L << (Integer.parseInt(tile.group(1)) - 1));
  }

  @Test
  void whileOnePageIsHeldAtTheProvider_everyOtherPageCompletes_andThenTheHeldOneToo() {
    Set<String> completed = ConcurrentHashMap.newKeySet();
    SatellitePageJob slow = job("slow", -58.3816, -34.6037);
    send(slow);
    await("the slow page holds a slot")
        .atMost(Duration.ofMinutes(2))
        .until(() -> provider.holding() > 0);

    List<SatellitePageJob> others =
        java.util.stream.IntStream.range(0, OTHER_PAGES)
            .mapToObj(i -> job("other-" + i, 12.0 + i, 48.0 + i))
            .toList();
    others.forEach(OneSlowPageIT::send);
    await("every other page, through the free slot")
        .atMost(Duration.ofMinutes(4))
        .until(() -> collect(completed).containsAll(ids(others)));
    assertThat(provider.holding()).as("the slow page is still held").isPositive();
    assertThat(completed).doesNotContain(slow.jobId());

    provider.release();
    await("the slow page, once released")
        .atMost(Duration.ofMinutes(2))
        .until(() -> collect(completed).contains(slow.jobId()));
  }

  static SatellitePageJob job(String name, double longitude, double latitude) {
    return SatellitePageJob.of(
        "order-" + name, "book-" + name, 1, "sat-1", SatellitePageSpec.of(latitude, longitude, 17));
  }

  static List<String> ids(List<SatellitePageJob> jobs) {
    return jobs.stream().map(SatellitePageJob::jobId).toList();
  }

  static void send(SatellitePageJob job) {
    sqs.sendMessage(
        b -> b.queueUrl(url(Queues.SATELLITE_PAGE_JOBS_NAME)).messageBody(Json.write(job)));
  }

  /** Adds the job ids of the imagery-completed events waiting now to {@code into}. */
  static Set<String> collect(Set<String> into) {
    TestQueues.read(
            TestQueues.receiveAndDelete(sqs, Queues.IMAGERY_COMPLETED_NAME), ImageryCompleted.class)
        .forEach(completed -> into.add(completed.jobId()));
    return into;
  }

  static String url(String queue) {
    return sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
  }
}
