package dev.satpage.aws.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedMetricsTest {
  private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void writesOneLineOfEmfThatNamesEveryMetricAndCarriesItsValueAtTheRoot() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbeddedMetrics emf =
        new EmbeddedMetrics("satpage", new PrintStream(bytes, true, StandardCharsets.UTF_8));

    emf.publish(
        AT,
        Map.of(),
        List.of(
            EmbeddedMetrics.Metric.count("books.stuck", 3),
            EmbeddedMetrics.Metric.count("books.blocked", 1)));

    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).endsWith(System.lineSeparator()).doesNotContain("\n{").hasLineCount(1);
    JsonNode doc = new ObjectMapper().readTree(out);
    JsonNode directive = doc.at("/_aws/CloudWatchMetrics/0");
    assertThat(doc.at("/_aws/Timestamp").asLong()).isEqualTo(AT.toEpochMilli());
    assertThat(directive.get("Namespace").asText()).isEqualTo("satpage");
    assertThat(directive.get("Dimensions").toString())
        .isEqualTo("[[]]"); // one empty set: no dimensions
    assertThat(directive.at("/Metrics/0/Name").asText()).isEqualTo("books.stuck");
    assertThat(directive.at("/Metrics/0/Unit").asText()).isEqualTo("Count");
    assertThat(doc.get("books.stuck").asDouble()).isEqualTo(3.0);
    assertThat(doc.get("books.blocked").asDouble()).isEqualTo(1.0);
  }

  @Test
  void dimensionsAreNamedInTheDirectiveAndValuedAtTheRoot() throws Exception {
    EmbeddedMetrics emf = new EmbeddedMetrics("satpage", System.out);

    JsonNode doc =
        new ObjectMapper()
            .readTree(
                emf.line(
                    AT,
                    Map.of("Provider", "azure"),
                    List.of(new EmbeddedMetrics.Metric("page.time", 812.5, "Milliseconds"))));

    assertThat(doc.at("/_aws/CloudWatchMetrics/0/Dimensions").toString())
        .isEqualTo("[[\"Provider\"]]");
    assertThat(doc.get("Provider").asText()).isEqualTo("azure");
    assertThat(doc.get("page.time").asDouble()).isEqualTo(812.5);
  }

  @Test
  void refusesWhatCloudWatchWouldDrop() {
    EmbeddedMetrics emf = new EmbeddedMetrics("satpage", System.out);
    assertThatThrownBy(() -> emf.line(AT, Map.of(), List.of())).hasMessageContaining("1..100");
    assertThatThrownBy(
            () ->
                emf.line(
                    AT,
                    Map.of("books.stuck", "x"),
                    List.of(EmbeddedMetrics.Metric.count("books.stuck", 1))))
        .hasMessageContaining("name of a metric");
    assertThatThrownBy(() -> EmbeddedMetrics.Metric.count("x", Double.NaN))
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> new EmbeddedMetrics(" ", System.out))
        .hasMessageContaining("namespace");
  }
}
