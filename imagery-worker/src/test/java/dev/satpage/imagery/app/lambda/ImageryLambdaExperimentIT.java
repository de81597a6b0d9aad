package dev.satpage.imagery.app.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.lambda.SqsEvents;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.devstack.testing.TestQueues;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.experiment.ExperimentComparison;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * An experiment on the Lambda function, configured by its environment variables and run inline
 * after the completion (the handler under the real runtime interface client, against devstack).
 */
@ExtendWith(DevstackExtension.class)
class ImageryLambdaExperimentIT {
  @Test
  void aSampledJob_isCompletedFirst_thenComparedWithinTheInvocation(Devstack devstack)
      throws Exception {
    Path log = Files.createTempFile("lambda-", ".log");
    SatellitePageJob job =
        SatellitePageJob.of(
            "order-e1",
            "book-e1",
            1,
            "sat-1",
            new SatellitePageSpec(48.8584, 2.2945, 17, 1200, 900, 300));
    try (var sqs = devstack.newSqsClient();
        var s3 = devstack.newS3Client();
        var lambda =
            new LambdaProcess(
                List.of("--enable-native-access=ALL-UNNAMED"),
                System.getProperty("java.class.path"),
                Path.of("").toAbsolutePath(),
                devstack,
                Map.of(
                    "SATPAGE_IMAGERY_AZURE_MODE", "static",
                    "SATPAGE_IMAGERY_EXPERIMENTS", "static-to-tiles",
                    "SATPAGE_IMAGERY_EXPERIMENTS_STATIC_TO_TILES_CANDIDATE_MODE", "tiles",
                    "SATPAGE_IMAGERY_EXPERIMENTS_STATIC_TO_TILES_SAMPLE_RATE", "1",
                    "SATPAGE_IMAGERY_EXPERIMENTS_STATIC_TO_TILES_RATE_PER_SECOND", "10"),
                log)) {
      sqs.sendMessage(
          b ->
              b.queueUrl(
                      sqs.getQueueUrl(q -> q.queueName(Queues.SATELLITE_PAGE_JOBS_NAME)).queueUrl())
                  .messageBody(Json.write(job)));
      List<Message> leased =
          TestQueues.lease(
              sqs,
              Queues.SATELLITE_PAGE_JOBS_NAME,
              1,
              Duration.ofSeconds(20),
              Duration.ofSeconds(300));

      String response;
      try {
        response =
            lambda
                .runtimeApi()
                .invoke(SqsEvents.of(leased, devstack.region(), Queues.SATELLITE_PAGE_JOBS_NAME))
                .get(120, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new AssertionError("no Lambda response; its output:\n" + Files.readString(log), e);
      }

      assertThat(response).isEqualTo("{\"batchItemFailures\":[]}");
      assertThat(TestQueues.drain(sqs, Queues.IMAGERY_COMPLETED_NAME, ImageryCompleted.class))
          .singleElement()
          .extracting(ImageryCompleted::jobId)
          .isEqualTo(job.jobId());
      List<String> keys =
          s3
              .listObjectsV2(
                  b ->
                      b.bucket(devstack.bucket())
                          .prefix(S3Layout.experimentComparisonsPrefix("static-to-tiles")))
              .contents()
              .stream()
              .map(o -> o.key())
              .toList();
      assertThat(keys).hasSize(1);
      ExperimentComparison record =
          Json.read(
              s3.getObjectAsBytes(b -> b.bucket(devstack.bucket()).key(keys.getFirst()))
                  .asByteArray(),
              ExperimentComparison.class);
      assertThat(record.jobId()).isEqualTo(job.jobId());
      assertThat(record.control().setup()).startsWith("azure-static/");
      assertThat(record.candidate().setup()).startsWith("azure-tiles/").endsWith("/tiles-512");
      assertThat(record.candidate().ok()).isTrue();
      assertThat(record.similarity()).isNotNull();
      assertThat(record.candidateThumbnail()).isNotNull();
    }
  }
}
