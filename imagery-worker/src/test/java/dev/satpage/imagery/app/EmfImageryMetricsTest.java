package dev.satpage.imagery.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.satpage.aws.metrics.EmbeddedMetrics;
import dev.satpage.imagery.ImageryMetrics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmfImageryMetricsTest {
  @Test
  void eachPageIsOneEmfLine_withItsOutcomeStagesAndBytes_andTheDelegateSeesEverything()
      throws Exception {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    List<String> delegated = new ArrayList<>();
    ImageryMetrics delegate =
        new ImageryMetrics() {
          @Override
          public void job(String outcome, String reason) {
            delegated.add(outcome + "/" + reason);
          }
        };
    Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    EmfImageryMetrics metrics =
        new EmfImageryMetrics(
            delegate,
            new EmbeddedMetrics("satpage", new PrintStream(stdout, true, StandardCharsets.UTF_8)),
            "azure",
            clock);

    metrics.stage("fetch", Duration.ofMillis(120));
    metrics.stage("decode", Duration.ofMillis(30));
    metrics.bytes("fetched", 5_000_000);
    metrics.job("completed", "none");
    metrics.job(
        "cached", "none"); // nothing measured for a cached page: the stages do not leak into it

    List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("Provider").asText()).isEqualTo("azure");
    assertThat(first.get("pages.completed").asInt()).isEqualTo(1);
    assertThat(first.get("stage.fetch").asDouble()).isEqualTo(120.0);
    assertThat(first.get("stage.decode").asDouble()).isEqualTo(30.0);
    assertThat(first.get("bytes.fetched").asLong()).isEqualTo(5_000_000);
    assertThat(first.at("/_aws/CloudWatchMetrics/0/Metrics").toString())
        .contains("\"Milliseconds\"", "\"Bytes\"");
    JsonNode second = json.readTree(lines.get(1));
    assertThat(second.get("pages.cached").asInt()).isEqualTo(1);
    assertThat(second.has("stage.fetch")).isFalse();
    assertThat(delegated).containsExactly("completed/none", "cached/none");
  }
}
