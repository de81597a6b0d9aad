package dev.satpage.aws.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TracingTest {
  /** One test: installing is once per JVM, so the order of the two halves matters. */
  @Test
  void theSdkIsInstalledOnlyWithAnOtlpEndpoint_andOncePerJvm() {
    GlobalOpenTelemetry.resetForTest();
    try {
      assertThat(Tracing.install(Map.of("OTEL_SERVICE_NAME", "x"), "satpage")).isFalse();
      assertThat(Tracing.install(Map.of(Tracing.ENDPOINT, " "), "satpage")).isFalse();
      assertThat(GlobalOpenTelemetry.getTracer("t")).isSameAs(OpenTelemetry.noop().getTracer("t"));
      Tracing.flush(); // nothing installed: nothing to flush, no failure

      Map<String, String> endpoint = Map.of(Tracing.TRACES_ENDPOINT, "http://127.0.0.1:9");
      assertThat(Tracing.install(endpoint, "test"))
          .as("the global instance is set (no-op, by the get() above): it is kept")
          .isFalse();

      GlobalOpenTelemetry.resetForTest();
      // Nothing listens on the discard port: the export fails quietly, as an absent collector does.
      assertThat(Tracing.install(endpoint, "test")).isTrue();
      Span span = Tracing.tracer().spanBuilder("recorded").startSpan();
      assertThat(span.getSpanContext().isValid()).as("a recording SDK, not the no-op").isTrue();
      span.end();
      Tracing.flush();
      assertThat(Tracing.install(Map.of(), "again")).as("once per JVM").isTrue();
    } finally {
      GlobalOpenTelemetry.resetForTest();
    }
  }
}
