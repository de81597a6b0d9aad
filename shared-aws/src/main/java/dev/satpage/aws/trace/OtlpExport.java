package dev.satpage.aws.trace;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The OpenTelemetry SDK configured by its autoconfigure module from the {@code OTEL_*} variables
 * (system properties and environment override the defaults given here), set as the global instance;
 * the only class that touches the SDK, so that only {@link Tracing#install} with an endpoint loads
 * it.
 */
final class OtlpExport {
  private static final long FLUSH_SECONDS = 2;

  private final OpenTelemetrySdk sdk;

  private OtlpExport(OpenTelemetrySdk sdk) {
    this.sdk = sdk;
  }

  /**
   * The SDK, set as the global instance; null (and nothing kept) when the global instance was set
   * already — by the ADOT Java agent, say, or by an earlier {@code GlobalOpenTelemetry.get()}.
   */
  static OtlpExport installGlobal(String serviceName) {
    OpenTelemetrySdk sdk =
        AutoConfiguredOpenTelemetrySdk.builder()
            .addPropertiesSupplier(
                () ->
                    Map.of(
                        "otel.service.name", serviceName,
                        "otel.traces.exporter", "otlp",
                        // the JDK HTTP sender speaks OTLP over HTTP only (no gRPC client shipped)
                        "otel.exporter.otlp.protocol", "http/protobuf",
                        "otel.metrics.exporter", "none",
                        "otel.logs.exporter", "none"))
            .build()
            .getOpenTelemetrySdk();
    try {
      GlobalOpenTelemetry.set(sdk);
      return new OtlpExport(sdk);
    } catch (IllegalStateException alreadySet) {
      sdk.close();
      return null;
    }
  }

  void flush() {
    sdk.getSdkTracerProvider().forceFlush().join(FLUSH_SECONDS, TimeUnit.SECONDS);
  }
}
