package dev.satpage.aws.trace;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where satpage's spans go: the global OpenTelemetry instance, which stays OpenTelemetry's no-op
 * (no spans recorded, no exporter, a received {@code traceparent} still passed on unchanged) unless
 * {@link #install} finds an OTLP endpoint — then the SDK is configured from the standard {@code
 * OTEL_*} variables
 * (https://opentelemetry.io/docs/specs/otel/configuration/sdk-environment-variables/ and
 * https://opentelemetry.io/docs/languages/java/configuration/, read 2026-12-03): {@code
 * OTEL_EXPORTER_OTLP_ENDPOINT}, {@code OTEL_EXPORTER_OTLP_PROTOCOL}, {@code
 * OTEL_EXPORTER_OTLP_HEADERS}, {@code OTEL_SERVICE_NAME}, {@code OTEL_TRACES_SAMPLER}… Only traces
 * are exported (metrics and logs exporters default to none here). A process whose global instance
 * was set otherwise (a test's in-memory SDK, the ADOT Java agent) keeps it.
 */
public final class Tracing {
  private static final Logger log = LoggerFactory.getLogger(Tracing.class);
  private static final String INSTRUMENTATION = "dev.satpage";

  /** The variables that name where OTLP traces go; without one, tracing stays off. */
  static final String ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";

  static final String TRACES_ENDPOINT = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";

  private static OtlpExport installed;

  private Tracing() {}

  /** The tracer of the global instance (the no-op one while tracing is off). */
  public static Tracer tracer() {
    return GlobalOpenTelemetry.getTracer(INSTRUMENTATION);
  }

  /**
   * Installs the SDK with an OTLP exporter as the global instance when {@code env} (the process's,
   * {@code System.getenv()}) names an endpoint; {@code serviceName} unless {@code
   * OTEL_SERVICE_NAME} says otherwise. Once per JVM: later calls (several apps in one JVM) change
   * nothing. Returns whether this JVM exports through it (false, too, when another instance was
   * installed first, which is kept).
   */
  public static synchronized boolean install(Map<String, String> env, String serviceName) {
    if (installed != null) {
      return true;
    }
    if (blank(env.get(ENDPOINT)) && blank(env.get(TRACES_ENDPOINT))) {
      return false;
    }
    // The SDK's classes are loaded only from here (OtlpExport): a process without an endpoint
    // (tests, the demo, a Lambda without one) never loads them, so its start-up stays as it was.
    installed = OtlpExport.installGlobal(serviceName);
    if (installed == null) {
      log.warn("an OpenTelemetry instance was set before satpage's: traces go where it sends them");
      return false;
    }
    log.info(
        "exporting traces over OTLP to {}",
        blank(env.get(TRACES_ENDPOINT)) ? env.get(ENDPOINT) : env.get(TRACES_ENDPOINT));
    return true;
  }

  /**
   * Exports the spans ended so far, waiting a few seconds at most: a Lambda calls it before
   * returning, since the runtime may freeze the process before a batch goes out.
   */
  public static void flush() {
    OtlpExport export;
    synchronized (Tracing.class) {
      export = installed;
    }
    if (export != null) {
      export.flush();
    }
  }

  /**
   * Threads from {@code factory} that run their task in the context of the thread that asked for
   * them: store calls made at once on forks (the coordinator's round trips) stay in the trace of
   * the message they serve.
   */
  public static ThreadFactory carryingContext(ThreadFactory factory) {
    return task -> factory.newThread(Context.current().wrap(task));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
