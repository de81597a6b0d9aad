package dev.satpage.aws.trace;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/) over the string maps that carry it
 * across satpage's hops: SQS message attributes, S3 user metadata and HTTP headers all hold it
 * under the lower-case names {@code traceparent} and {@code tracestate}. Parsing and formatting are
 * OpenTelemetry's {@link W3CTraceContextPropagator}; a malformed value is ignored (the receiver
 * starts a new trace), never a failure.
 */
public final class TraceContext {
  public static final String TRACEPARENT = "traceparent";
  public static final String TRACESTATE = "tracestate";

  private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

  private static final TextMapGetter<Map<String, String>> FROM_MAP =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
          return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  private TraceContext() {}

  /** The remote context a carrier holds, or the root context when it holds none or a bad one. */
  public static Context extract(Map<String, String> carrier) {
    return W3C.extract(Context.root(), carrier, FROM_MAP);
  }

  /**
   * {@code traceparent} (and {@code tracestate} when there is one) of the context's span; empty
   * when the context has no valid span (tracing off and nothing received).
   */
  public static Map<String, String> inject(Context context) {
    Map<String, String> out = new HashMap<>();
    W3C.inject(context, out, Map::put);
    return out;
  }

  /**
   * {@code carrier} without any trace entries it had, plus the context's, as far as {@code
   * maxEntries} allows: {@code traceparent} needs one free entry, {@code tracestate} a second. A
   * limit (SQS's 10 message attributes) is never exceeded for a trace: the carrier goes without.
   */
  public static Map<String, String> withContext(
      Map<String, String> carrier, Context context, int maxEntries) {
    Map<String, String> out = new HashMap<>(carrier);
    out.remove(TRACEPARENT);
    out.remove(TRACESTATE);
    Map<String, String> trace = inject(context);
    String parent = trace.get(TRACEPARENT);
    if (parent != null && out.size() < maxEntries) {
      out.put(TRACEPARENT, parent);
      String state = trace.get(TRACESTATE);
      if (state != null && !state.isEmpty() && out.size() < maxEntries) {
        out.put(TRACESTATE, state);
      }
    }
    return out;
  }

  /**
   * Runs {@code work} in a new span of {@code kind} under {@code parent}; the span records a
   * failure as its status and ends when {@code work} returns or throws.
   */
  public static <T> T inSpan(
      String name, SpanKind kind, Context parent, Attributes attributes, Supplier<T> work) {
    Span span =
        Tracing.tracer()
            .spanBuilder(name)
            .setSpanKind(kind)
            .setParent(parent)
            .setAllAttributes(attributes)
            .startSpan();
    try (Scope _ = parent.with(span).makeCurrent()) {
      return work.get();
    } catch (RuntimeException | Error e) {
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      span.end();
    }
  }
}
