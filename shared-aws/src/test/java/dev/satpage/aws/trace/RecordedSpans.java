package dev.satpage.aws.trace;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An OpenTelemetry SDK that keeps every ended span in memory, installed as the global instance the
 * adapters use ({@link Tracing#tracer}): around each test as a field {@code @RegisterExtension
 * final RecordedSpans spans = new RecordedSpans();}, or from {@link #install} until {@link #close}.
 */
public final class RecordedSpans implements BeforeEachCallback, AfterEachCallback, AutoCloseable {
  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final SdkTracerProvider provider =
      SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();

  /** Installs a recording SDK as the global instance, until {@link #close}. */
  public static RecordedSpans install() {
    RecordedSpans spans = new RecordedSpans();
    spans.start();
    return spans;
  }

  /** Every span ended so far, in the order they ended. */
  public List<SpanData> ended() {
    return exporter.getFinishedSpanItems();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    provider.close();
    GlobalOpenTelemetry.resetForTest();
  }

  private void start() {
    GlobalOpenTelemetry.resetForTest();
    GlobalOpenTelemetry.set(OpenTelemetrySdk.builder().setTracerProvider(provider).build());
  }
}
