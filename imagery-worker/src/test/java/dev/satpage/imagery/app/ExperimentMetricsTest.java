package dev.satpage.imagery.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.satpage.aws.metrics.EmbeddedMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An experiment's metrics through both implementations of the one port. */
class ExperimentMetricsTest {
  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerImageryMetrics micrometer =
      new MicrometerImageryMetrics(registry, "turbojpeg", "azure");
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final EmfImageryMetrics emf =
      new EmfImageryMetrics(
          micrometer,
          new EmbeddedMetrics("satpage", new PrintStream(stdout, true, StandardCharsets.UTF_8)),
          "azure",
          Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void aComparison_isCountedWithItsOutcome_itsSsimDistributed_andItsStagesTimedPerArm()
      throws Exception {
    emf.experimentStage("b2a", "control", "fetch", Duration.ofMillis(300));
    emf.experimentStage("b2a", "candidate", "fetch", Duration.ofMillis(500));
    emf.experimentSsim("b2a", 0.93);
    emf.experimentComparison("b2a", "ok");
    emf.experimentComparison("b2a", "imagery-rejected");
    emf.experimentSkipped("b2a", "budget");

    assertThat(
            registry
                .counter("satpage.experiment.comparisons", "experiment", "b2a", "outcome", "ok")
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .counter(
                    "satpage.experiment.comparisons",
                    "experiment",
                    "b2a",
                    "outcome",
                    "imagery-rejected")
                .count())
        .isEqualTo(1);
    assertThat(registry.find("satpage.experiment.ssim").tag("experiment", "b2a").summary().mean())
        .isEqualTo(0.93);
    assertThat(
            registry
                .find("satpage.experiment.stage")
                .tags("experiment", "b2a", "arm", "candidate", "stage", "fetch")
                .timer()
                .totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
        .isEqualTo(500);
    assertThat(
            registry
                .counter("satpage.experiment.skipped", "experiment", "b2a", "reason", "budget")
                .count())
        .isEqualTo(1);

    List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(3);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("Experiment").asText()).isEqualTo("b2a");
    assertThat(first.get("experiment.comparisons.ok").asInt()).isEqualTo(1);
    assertThat(first.get("experiment.ssim").asDouble()).isEqualTo(0.93);
    assertThat(first.get("experiment.control.fetch").asDouble()).isEqualTo(300.0);
    assertThat(first.get("experiment.candidate.fetch").asDouble()).isEqualTo(500.0);
    JsonNode second = json.readTree(lines.get(1));
    assertThat(second.get("experiment.comparisons.imagery-rejected").asInt()).isEqualTo(1);
    assertThat(second.has("experiment.ssim")).isFalse(); // nothing leaks from the first
    assertThat(json.readTree(lines.get(2)).get("experiment.skipped.budget").asInt()).isEqualTo(1);
  }
}
