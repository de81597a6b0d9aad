package dev.satpage.aws.trace;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;

/**
 * An OpenTelemetry SDK that keeps every ended span in memory, installed as the global instance the
 * adapters use ({@link Tracing#tracer}) until {@link #close}.
 */
public final class RecordedSpans implements AutoCloseable {
  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final SdkTracerProvider provider =
      SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();

  private RecordedSpans() {}

  /** Installs a recording SDK as the global instance. */
  public static RecordedSpans install() {
    RecordedSpans spans = new RecordedSpans();
    GlobalOpenTelemetry.resetForTest();
    GlobalOpenTelemetry.set(OpenTelemetrySdk.builder().setTracerProvider(spans.provider).build());
    return spans;
  }

  /** Every span ended so far, in the order they ended. */
  public List<SpanData> ended() {
    return exporter.getFinishedSpanItems();
  }

  @Override
  public void close() {
    provider.close();
    GlobalOpenTelemetry.resetForTest();
  }
}
