package dev.satpage.imagery.app.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.lambda.SqsEvents;
import dev.satpage.devstack.secrets.SecretsManagerStandIn;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.devstack.testing.TestQueues;
import dev.satpage.imagery.OutputKeys;
import dev.satpage.imagery.OutputSettings;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.image.JpegFrame;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.queue.Queues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The deployment artifact itself, not the classes: {@code target/imagery-worker-lambda.zip} (what
 * Terraform deploys) is unpacked into an empty folder, which becomes the task root, and run by the
 * Lambda runtime interface client with only the runtime's own jars on the class path, as the java25
 * managed runtime does: its {@code CustomerClassLoader} reads the task root and {@code lib/*.jar}.
 * The function is configured as lambda.tf configures it ({@code JAVA_TOOL_OPTIONS} for native
 * access, the TurboJPEG codec required) and must stitch a real page from the simulator into S3.
 *
 * <p>The provider key reaches the function as on AWS: only the ARN of a secret, read at init from
 * devstack's Secrets Manager stand-in through the SDK's {@code AWS_ENDPOINT_URL_SECRETS_MANAGER} —
 * so the zip must carry the Secrets Manager client too.
 */
@ExtendWith(DevstackExtension.class)
class LambdaZipIT {
  private static final SatellitePageSpec PAGE =
      new SatellitePageSpec(52.5163, 13.3777, 17, 1600, 1200, 300);
  private static final String HANDLER_CLASS =
      "dev/satpage/imagery/app/lambda/ImageryLambdaHandler.class";

  private static Path zip;
  private static Path taskRoot;
  private static Devstack devstack;
  private static SqsClient sqs;
  private static LambdaProcess lambda;
  private static SecretsManagerStandIn secrets;
  private static Path log;

  @BeforeAll
  static void unpackAndStart(Devstack started) throws Exception {
    zip = LambdaZip.built();
    assertThat(zip)
        .as("the Lambda zip is built in package, before integration-test")
        .isRegularFile();
    taskRoot = Files.createTempDirectory("lambda-task-");
    LambdaZip.unpack(zip, taskRoot);
    devstack = started;
    sqs = devstack.newSqsClient();
    log = Files.createTempFile("lambda-zip-", ".log");
    secrets = SecretsManagerStandIn.start(0, devstack.region(), devstack.accessKey());
    String secretArn = secrets.createSecret("satpage/imagery-api-key");
    secrets.putSecretValue(secretArn, devstack.imageryApiKey());
    lambda =
        new LambdaProcess(
            List.of(),
            LambdaZip.runtimeClasspath(),
            taskRoot,
            devstack,
            Map.of(
                "JAVA_TOOL_OPTIONS",
                "--enable-native-access=ALL-UNNAMED",
                "SATPAGE_IMAGERY_CODEC",
                "turbojpeg",
                "SATPAGE_IMAGERY_API_KEY_SECRET_ARN",
                secretArn,
                "AWS_ENDPOINT_URL_SECRETS_MANAGER",
                secrets.endpoint().toString(),
                "AWS_ACCESS_KEY_ID",
                devstack.accessKey(),
                "AWS_SECRET_ACCESS_KEY",
                devstack.secretKey()),
            log);
  }

  @AfterAll
  static void stop() throws Exception {
    if (lambda != null) {
      lambda.close();
    }
    if (sqs != null) {
      sqs.close();
    }
    if (secrets != null) {
      secrets.close();
    }
  }

  @Test
  void zip_hasAwsJavaLayout_andFixedEntryTimes() throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      List<? extends ZipEntry> entries = file.stream().toList();
      List<String> names = entries.stream().map(ZipEntry::getName).toList();
      assertThat(names).contains(HANDLER_CLASS, "imagery-worker.yml");
      assertThat(names)
          .filteredOn(n -> n.startsWith("lib/") && !n.equals("lib/"))
          .isNotEmpty()
          .allMatch(n -> n.endsWith(".jar") && n.indexOf('/', 4) < 0, "a jar directly under lib/")
          .anyMatch(n -> n.startsWith("lib/aws-lambda-java-core-"))
          .noneMatch(n -> n.startsWith("lib/aws-lambda-java-runtime-interface-client-"))
          .noneMatch(n -> n.startsWith("lib/junit-") || n.startsWith("lib/devstack-"))
          .noneMatch(n -> n.startsWith("lib/picocli-"));
      assertThat(names).noneMatch(n -> n.endsWith("IT.class") || n.endsWith("Test.class"));
      // The stitch command is a developer's tool: neither it nor its parser ships to Lambda
      // (lambda-zip.xml).
      assertThat(names).noneMatch(n -> n.startsWith("dev/satpage/imagery/cli/"));
      assertThat(names)
          .filteredOn(n -> !n.startsWith("lib/"))
          .allMatch(
              n -> n.startsWith("dev/") || !n.contains("/"), "classes and resources at the root");
      // Reproducible: every entry carries project.build.outputTimestamp, so the digest depends on
      // content only.
      assertThat(entries.stream().map(ZipEntry::getLastModifiedTime).distinct()).hasSize(1);
    }
  }

  @Test
  void unpackedZip_underTheRuntimeClient_stitchesARealPageWithTurboJpeg() throws Exception {
    SatellitePageJob job = SatellitePageJob.of("order-zip", "book-zip", 1, "sat-1", PAGE);
    sqs.sendMessage(
        b ->
            b.queueUrl(url(Queues.SATELLITE_PAGE_JOBS_NAME))
                .messageBody(Json.write(job))
                .messageAttributes(
                    Map.of(
                        FailureAttributes.ORDER_ID,
                        MessageAttributeValue.builder()
                            .dataType("String")
                            .stringValue("order-zip")
                            .build())));
    List<Message> received =
        TestQueues.lease(
            sqs,
            Queues.SATELLITE_PAGE_JOBS_NAME,
            1,
            Duration.ofSeconds(20),
            Duration.ofSeconds(300));
    assertThat(received).hasSize(1);

    String response;
    try {
      response =
          lambda
              .runtimeApi()
              .invoke(SqsEvents.of(received, devstack.region(), Queues.SATELLITE_PAGE_JOBS_NAME))
              .get(120, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("no Lambda response; its output:\n" + Files.readString(log), e);
    }

    assertThat(response).as(Files.readString(log)).isEqualTo("{\"batchItemFailures\":[]}");
    assertThat(lambda.runtimeApi().initError()).isNotDone();
    OutputKeys keys =
        OutputKeys.of(
            "azure",
            PAGE,
            OutputSettings.DEFAULT_PRINT_QUALITY,
            OutputSettings.DEFAULT_PREVIEW_QUALITY);
    try (var s3 = devstack.newS3Client()) {
      byte[] print =
          s3.getObjectAsBytes(b -> b.bucket(devstack.bucket()).key(keys.print())).asByteArray();
      JpegFrame frame = JpegFrame.read(print);
      assertThat(frame.width()).isEqualTo(PAGE.widthPx());
      assertThat(frame.height()).isEqualTo(PAGE.heightPx());
      assertThat(s3.headObject(b -> b.bucket(devstack.bucket()).key(keys.preview())).metadata())
          .containsEntry("job-id", "book-zip/sat-1");
    }
    // The codec was loaded from the zip's classes by the runtime's class loader, with native access
    // from JAVA_TOOL_OPTIONS as lambda.tf sets it (codec=turbojpeg fails init otherwise).
    assertThat(Files.readString(log)).contains("JPEG codec: turbojpeg");
  }

  private static String url(String queue) {
    return sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
  }
}
