package dev.satpage.aws.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TraceContextTest {
  private static final String PARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

  @RegisterExtension final RecordedSpans spans = new RecordedSpans();

  @Test
  void traceparent_roundTrips_withItsTracestate() {
    Context received =
        TraceContext.extract(Map.of("traceparent", PARENT, "tracestate", "vendor=x1"));
    SpanContext remote = Span.fromContext(received).getSpanContext();
    assertThat(remote.isRemote()).isTrue();
    assertThat(remote.getTraceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
    assertThat(remote.getSpanId()).isEqualTo("b7ad6b7169203331");
    assertThat(remote.isSampled()).isTrue();
    assertThat(TraceContext.inject(received))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("traceparent", PARENT, "tracestate", "vendor=x1"));
  }

  @Test
  void malformedTraceparent_isNoParent_notAFailure() {
    for (String bad :
        new String[] {
          "",
          "garbage",
          "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331",
          "00-00000000000000000000000000000000-b7ad6b7169203331-01",
          "00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01"
        }) {
      Context received = TraceContext.extract(Map.of("traceparent", bad));
      assertThat(Span.fromContext(received).getSpanContext().isValid()).as(bad).isFalse();
      assertThat(TraceContext.inject(received)).as(bad).isEmpty();
    }
  }

  @Test
  void inSpan_isTheChildOfItsParent_andRecordsAFailure() {
    Context parent = TraceContext.extract(Map.of("traceparent", PARENT));
    String inside =
        TraceContext.inSpan(
            "work",
            SpanKind.CONSUMER,
            parent,
            Attributes.empty(),
            () -> TraceContext.inject(Context.current()).get("traceparent"));
    SpanData span = spans.ended().getFirst();
    assertThat(span.getTraceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
    assertThat(span.getParentSpanId()).isEqualTo("b7ad6b7169203331");
    assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
    assertThat(inside).isEqualTo("00-" + span.getTraceId() + "-" + span.getSpanId() + "-01");

    try {
      TraceContext.inSpan(
          "fails",
          SpanKind.INTERNAL,
          parent,
          Attributes.empty(),
          () -> {
            throw new IllegalStateException("boom");
          });
    } catch (IllegalStateException expected) {
      // recorded below
    }
    assertThat(spans.ended().get(1).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  @Test
  void withContext_replacesOldTraceEntries_andNeverExceedsTheLimit() {
    Context context =
        TraceContext.extract(Map.of("traceparent", PARENT, "tracestate", "vendor=x1"));
    Map<String, String> stale =
        Map.of("a", "1", "traceparent", "00-11111111111111111111111111111111-2222222222222222-01");

    assertThat(TraceContext.withContext(stale, context, 10))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("a", "1", "traceparent", PARENT, "tracestate", "vendor=x1"));
    assertThat(TraceContext.withContext(stale, context, 2))
        .containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", "traceparent", PARENT));
    assertThat(TraceContext.withContext(stale, context, 1))
        .containsExactlyInAnyOrderEntriesOf(Map.of("a", "1"));
    assertThat(TraceContext.withContext(stale, Context.root(), 10))
        .containsExactlyInAnyOrderEntriesOf(Map.of("a", "1"));
  }
}
