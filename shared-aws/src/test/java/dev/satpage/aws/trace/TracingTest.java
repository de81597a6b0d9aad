package dev.satpage.aws.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TracingTest {
  @Test
  void withoutAnOtlpEndpoint_nothingIsInstalled_andTracingStaysNoOp() {
    GlobalOpenTelemetry.resetForTest();
    try {
      assertThat(Tracing.install(Map.of("OTEL_SERVICE_NAME", "x"), "satpage")).isFalse();
      assertThat(Tracing.install(Map.of(Tracing.ENDPOINT, " "), "satpage")).isFalse();
      assertThat(GlobalOpenTelemetry.getTracer("t")).isSameAs(OpenTelemetry.noop().getTracer("t"));
      Tracing.flush(); // nothing to flush: no failure
    } finally {
      GlobalOpenTelemetry.resetForTest();
    }
  }
}
