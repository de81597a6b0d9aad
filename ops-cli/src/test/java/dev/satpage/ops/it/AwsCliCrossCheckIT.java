package dev.satpage.ops.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS CLI reads the queues the tool reports with the same names and counts: a cross-check that
 * the tool's view is the service's, not its own. Needs {@code aws} on the PATH (Debian package
 * {@code awscli}, which {@code ./satpage test} installs); fails without it.
 */
@ExtendWith(DevstackExtension.class)
class AwsCliCrossCheckIT {
  static Devstack devstack;

  @BeforeAll
  static void start(Devstack started) {
    assertThat(awsCliPresent())
        .as(
            "the AWS CLI ('aws', Debian package awscli) is not installed; ./satpage test installs it")
        .isTrue();
    devstack = started;
  }

  static boolean awsCliPresent() {
    try {
      return new ProcessBuilder("aws", "--version").redirectErrorStream(true).start().waitFor()
          == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  JsonNode aws(String... args) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
            new java.util.ArrayList<>(
                List.of(
                    "aws",
                    "--endpoint-url",
                    devstack.sqsEndpoint().toString(),
                    "--region",
                    devstack.region(),
                    "--output",
                    "json")));
    pb.command().addAll(List.of(args));
    pb.environment()
        .putAll(
            Map.of(
                "AWS_ACCESS_KEY_ID",
                devstack.accessKey(),
                "AWS_SECRET_ACCESS_KEY",
                devstack.secretKey(),
                "AWS_PAGER",
                "",
                "AWS_CONFIG_FILE",
                "/dev/null",
                "AWS_SHARED_CREDENTIALS_FILE",
                "/dev/null"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("aws %s: %s", String.join(" ", args), err).isZero();
    return new ObjectMapper().readTree(out);
  }

  @Test
  void awsCli_seesTheQueuesAndCountsTheToolReports() throws Exception {
    try (SqsClient sqs = devstack.newSqsClient()) {
      String dlq = devstack.queueUrls().get(Queues.RENDER_JOBS.deadLetterName());
      for (int i = 0; i < 3; i++) {
        sqs.sendMessage(b -> b.queueUrl(dlq).messageBody("{}"));
      }
    }
    Cli.Result r = Cli.run(devstack, "queues", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode rows = new ObjectMapper().readTree(r.out());

    // Each aws call starts a Python process (seconds on a busy machine): one listing, then two
    // queues in detail.
    JsonNode urls = aws("sqs", "list-queues").path("QueueUrls");
    Map<String, String> urlByName = new java.util.HashMap<>();
    urls.forEach(
        u -> urlByName.put(u.asText().substring(u.asText().lastIndexOf('/') + 1), u.asText()));
    for (JsonNode row : rows) {
      assertThat(urlByName).as("aws sqs list-queues").containsKey(row.path("queue").asText());
    }
    for (QueueSpec q : Queues.ALL) {
      assertThat(urlByName).containsKeys(q.name(), q.deadLetterName());
    }
    for (JsonNode row : rows) {
      String name = row.path("queue").asText();
      if (!name.startsWith(Queues.RENDER_JOBS_NAME)) {
        continue;
      }
      JsonNode a =
          aws(
                  "sqs",
                  "get-queue-attributes",
                  "--queue-url",
                  urlByName.get(name),
                  "--attribute-names",
                  "All")
              .path("Attributes");
      assertThat(a.path("ApproximateNumberOfMessages").asLong())
          .as(row.toString())
          .isEqualTo(row.path("visible").asLong());
      assertThat(a.has("RedrivePolicy"))
          .as(row.toString())
          .isEqualTo(!row.path("deadLetterQueue").asBoolean());
      if (row.path("deadLetterQueue").asBoolean()) {
        assertThat(row.path("visible").asLong()).isEqualTo(3);
      }
    }
  }
}
