package dev.satpage.aws.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BookTracesTest {
  @RegisterExtension final RecordedSpans spans = new RecordedSpans();

  @Test
  void eachBookOfAnOrder_getsItsOwnTrace_linkedToTheOrdersSpan() {
    List<SpanContext> seen =
        TraceContext.inSpan(
            "process order",
            SpanKind.CONSUMER,
            Context.root(),
            Attributes.empty(),
            () ->
                BookTraces.perBook(
                    () -> List.of(book("b-1"), book("b-2"), book("b-1"), book(null))));
    SpanData order =
        spans.ended().stream().filter(s -> s.getName().equals("process order")).findFirst().get();
    List<SpanData> books = spans.ended().stream().filter(s -> s.getName().equals("book")).toList();

    assertThat(books).hasSize(2);
    assertThat(seen.get(0)).isEqualTo(seen.get(2)); // one span per book, however often it is met
    assertThat(seen.get(0).getTraceId())
        .isNotEqualTo(seen.get(1).getTraceId())
        .isNotEqualTo(order.getTraceId());
    assertThat(seen.get(3)).isEqualTo(order.getSpanContext()); // no book: the current context
    for (SpanData book : books) {
      assertThat(book.getParentSpanContext().isValid()).isFalse(); // a root
      assertThat(book.getLinks())
          .singleElement()
          .satisfies(l -> assertThat(l.getSpanContext()).isEqualTo(order.getSpanContext()));
      assertThat(book.getAttributes().asMap().values()).containsAnyOf("b-1", "b-2");
    }
  }

  @Test
  void outsidePerBook_aBookContinuesTheCurrentContext() {
    Span current = Tracing.tracer().spanBuilder("completion").startSpan();
    try (var _ = current.makeCurrent()) {
      assertThat(Span.fromContext(BookTraces.contextFor(Optional.of("b-1")))).isEqualTo(current);
    } finally {
      current.end();
    }
    assertThat(spans.ended()).extracting(SpanData::getName).containsExactly("completion");
  }

  @Test
  void aFailedIntake_endsItsBooksFailed() {
    assertThatThrownBy(
            () ->
                BookTraces.perBook(
                    () -> {
                      book("b-1");
                      throw new IllegalStateException("refused");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(spans.ended())
        .singleElement()
        .satisfies(s -> assertThat(s.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR));
  }

  private static SpanContext book(String id) {
    return Span.fromContext(BookTraces.contextFor(Optional.ofNullable(id))).getSpanContext();
  }
}
