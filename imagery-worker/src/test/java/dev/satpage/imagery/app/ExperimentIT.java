package dev.satpage.imagery.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.devstack.testing.TestQueues;
import dev.satpage.imagery.codec.JpegHeader;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.experiment.ExperimentComparison;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * An experiment on the Spring worker over devstack: the live path on Bing Maps' static images, a
 * candidate on Azure Maps' tiles (both from the imagery simulator), every job sampled.
 */
@ExtendWith(DevstackExtension.class)
class ExperimentIT {
  private static final String EXPERIMENT = "bing-to-azure";
  private static Devstack devstack;
  private static SqsClient sqs;
  private static S3Client s3;

  @BeforeAll
  static void start(Devstack started) {
    devstack = started;
    sqs = devstack.newSqsClient();
    s3 = devstack.newS3Client();
  }

  @AfterAll
  static void stop() {
    sqs.close();
    s3.close();
  }

  private static SatellitePageJob job(String book, double lat, double lon) {
    // A smaller page than a book's (one Bing static image, a dozen Azure tiles) keeps the IT quick;
    // the preview is wide enough for a 400-px thumbnail.
    return SatellitePageJob.of(
        "order-" + book, book, 1, "sat-1", new SatellitePageSpec(lat, lon, 17, 1024, 768, 512));
  }

  private static final List<SatellitePageJob> JOBS =
      List.of(job("book-x1", 48.8584, 2.2945), job("book-x2", 51.5007, -0.1246));

  private static ConfigurableApplicationContext worker(boolean experiment) {
    Map<String, Object> properties = new HashMap<>(devstack.endpointProperties());
    properties.put("spring.cloud.aws.sqs.listener.poll-timeout", "1s");
    properties.put("satpage.imagery.provider", "bing");
    if (experiment) {
      String prefix = "satpage.imagery.experiments." + EXPERIMENT + ".";
      properties.put(prefix + "candidate.provider", "azure");
      properties.put(prefix + "candidate.mode", "tiles");
      // devstack's simulator serves every provider on one endpoint, with one key.
      properties.put(prefix + "candidate.endpoint", devstack.imageryEndpoint().toString());
      properties.put(prefix + "sample-rate", "1");
      properties.put(prefix + "rate-per-second", "100");
      properties.put(prefix + "provider-call-budget", "10000");
    }
    return ImageryWorkerApplication.start(properties);
  }

  /**
   * Sends each job and waits for its completion (and, with the experiment on, its record) before
   * the next: the worker runs one comparison at a time and drops one offered while it is busy.
   */
  private static List<ImageryCompleted> run(List<SatellitePageJob> jobs, boolean experiment) {
    List<ImageryCompleted> completions = new ArrayList<>();
    int recordsBefore = keys(S3Layout.experimentComparisonsPrefix(EXPERIMENT)).size();
    for (SatellitePageJob job : jobs) {
      sqs.sendMessage(
          b ->
              b.queueUrl(url(Queues.SATELLITE_PAGE_JOBS_NAME))
                  .messageBody(Json.write(job))
                  .messageAttributes(
                      Map.of(
                          FailureAttributes.ORDER_ID,
                          MessageAttributeValue.builder()
                              .dataType("String")
                              .stringValue(job.orderId())
                              .build())));
      List<ImageryCompleted> received = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(90))
          .until(
              () -> {
                received.addAll(
                    TestQueues.read(
                        TestQueues.receiveAndDelete(sqs, Queues.IMAGERY_COMPLETED_NAME),
                        ImageryCompleted.class));
                return !received.isEmpty();
              });
      assertThat(received)
          .singleElement()
          .extracting(ImageryCompleted::jobId)
          .isEqualTo(job.jobId());
      completions.addAll(received);
      if (experiment) {
        int expected = recordsBefore + completions.size();
        await()
            .atMost(Duration.ofSeconds(90))
            .until(() -> keys(S3Layout.experimentComparisonsPrefix(EXPERIMENT)).size() == expected);
      }
    }
    return completions;
  }

  @Test
  void theBooksPagesAndCompletions_areByteIdentical_withTheExperimentOffAndOn() {
    Map<String, byte[]> off;
    List<ObjectNode> offEvents;
    ConfigurableApplicationContext offApp = worker(false);
    try {
      List<ImageryCompleted> events = run(JOBS, false);
      offEvents = withoutTimes(events);
      off = pages(events);
    } finally {
      offApp.close();
    }
    // The pages again from the provider, not from the store.
    off.keySet().forEach(key -> s3.deleteObject(b -> b.bucket(devstack.bucket()).key(key)));
    Map<String, byte[]> on;
    List<ObjectNode> onEvents;
    ConfigurableApplicationContext onApp = worker(true);
    try {
      List<ImageryCompleted> events = run(JOBS, true);
      onEvents = withoutTimes(events);
      on = pages(events);
    } finally {
      onApp.close();
    }

    assertThat(off).hasSize(2 * JOBS.size());
    assertThat(on.keySet()).isEqualTo(off.keySet());
    off.forEach((key, bytes) -> assertThat(on.get(key)).as(key).isEqualTo(bytes));
    assertThat(onEvents).isEqualTo(offEvents);
    // Not vacuous: the candidate did run, beside every job.
    List<String> jobIds = JOBS.stream().map(SatellitePageJob::jobId).toList();
    List<ExperimentComparison> records =
        records().stream().filter(r -> jobIds.contains(r.jobId())).toList();
    assertThat(records)
        .extracting(ExperimentComparison::jobId)
        .containsExactlyInAnyOrderElementsOf(jobIds);
    assertThat(records).allSatisfy(r -> assertThat(r.candidate().ok()).isTrue());
  }

  @Test
  void aBingToAzureExperiment_keepsOneRecordPerJob_withSimilarityBytesStagesAndTwoThumbnails() {
    List<SatellitePageJob> jobs =
        List.of(job("book-y1", 40.6892, -74.0445), job("book-y2", 35.6586, 139.7454));
    try (ConfigurableApplicationContext app = worker(true)) {
      run(jobs, true);
      MeterRegistry registry = app.getBean(MeterRegistry.class);
      assertThat(
              registry
                  .counter(
                      "satpage.experiment.comparisons", "experiment", EXPERIMENT, "outcome", "ok")
                  .count())
          .isEqualTo(jobs.size());
      assertThat(registry.find("satpage.experiment.ssim").summary().count()).isEqualTo(jobs.size());
    }

    Map<String, ExperimentComparison> byJob = new TreeMap<>();
    records().forEach(r -> byJob.put(r.jobId(), r));
    for (SatellitePageJob job : jobs) {
      ExperimentComparison r = byJob.get(job.jobId());
      assertThat(r).as(job.jobId()).isNotNull();
      assertThat(r.bookId()).isEqualTo(job.bookId());
      assertThat(r.control().setup()).isEqualTo("bing-static/turbojpeg/q90/grid");
      assertThat(r.candidate().setup()).isEqualTo("azure-tiles/turbojpeg/q90/tiles-512");
      assertThat(r.control().providerRequests()).isEqualTo(1);
      assertThat(r.candidate().providerRequests()).isGreaterThan(1);
      for (var arm : List.of(r.control(), r.candidate())) {
        assertThat(arm.ok()).isTrue();
        assertThat(arm.printBytes()).isPositive();
        assertThat(arm.previewBytes()).isPositive();
        assertThat(arm.stageMillis()).containsOnlyKeys("fetch", "stitch", "encode", "total");
      }
      // Both providers show the simulator's one world: registered, the pages are alike.
      assertThat(r.similarity().ssim()).isBetween(0.5, 1.0);
      assertThat(r.similarity().width()).isEqualTo(512);
      for (String thumbnail : List.of(r.controlThumbnail(), r.candidateThumbnail())) {
        byte[] jpeg =
            s3.getObjectAsBytes(b -> b.bucket(devstack.bucket()).key(thumbnail)).asByteArray();
        assertThat(JpegHeader.read(jpeg).width()).isEqualTo(400);
      }
    }
    // The candidate's pages were never stored where a book looks.
    assertThat(keys("imagery/")).allSatisfy(key -> assertThat(key).startsWith("imagery/bing/"));
  }

  private static List<ExperimentComparison> records() {
    return keys(S3Layout.experimentComparisonsPrefix(EXPERIMENT)).stream()
        .map(
            key ->
                Json.read(
                    s3.getObjectAsBytes(b -> b.bucket(devstack.bucket()).key(key)).asByteArray(),
                    ExperimentComparison.class))
        .toList();
  }

  /** Completion events as JSON without their timestamps, in job order. */
  private static List<ObjectNode> withoutTimes(List<ImageryCompleted> events) {
    return events.stream()
        .map(
            e -> {
              ObjectNode node = (ObjectNode) readTree(Json.write(e));
              node.remove("completedAt");
              return node;
            })
        .toList();
  }

  private static JsonNode readTree(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The print and preview of each completion, by key. */
  private static Map<String, byte[]> pages(List<ImageryCompleted> events) {
    String bucketPrefix = "s3://" + devstack.bucket() + "/";
    Map<String, byte[]> objects = new LinkedHashMap<>();
    for (ImageryCompleted e : events) {
      for (String uri : List.of(e.printUri(), e.previewUri())) {
        String key = uri.substring(bucketPrefix.length());
        objects.put(
            key, s3.getObjectAsBytes(b -> b.bucket(devstack.bucket()).key(key)).asByteArray());
      }
    }
    return objects;
  }

  private static List<String> keys(String prefix) {
    return s3
        .listObjectsV2Paginator(b -> b.bucket(devstack.bucket()).prefix(prefix))
        .contents()
        .stream()
        .map(S3Object::key)
        .toList();
  }

  private static String url(String queue) {
    return sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
  }
}
