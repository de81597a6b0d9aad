package dev.satpage.aws.sqs;

import dev.satpage.aws.trace.BookTraces;
import dev.satpage.aws.trace.TraceContext;
import dev.satpage.aws.trace.Tracing;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.QueueSpec;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The PRODUCER spans of one send or batch send, and the messages with their {@code traceparent}:
 * each message continues its book's trace ({@link BookTraces}) and carries its own span's context
 * as the W3C message attributes, so the consumer's span is that span's child. A message that
 * already has {@link SqsMessageLimits#MAX_ATTRIBUTES} other attributes goes without (a trace never
 * fails a send; a dead letter keeps {@link #REPLAY_ROOM} free); satpage's own messages carry two
 * ({@code satpage-order-id}, {@code satpage-book-id}), so {@code traceparent} and {@code
 * tracestate} make four. Span names and attributes follow OpenTelemetry's messaging conventions for
 * SQS (https://opentelemetry.io/docs/specs/semconv/messaging/sqs/, read 2026-12-03).
 */
final class TracedSends implements AutoCloseable {
  static final String SYSTEM = "aws_sqs";

  /**
   * A dead letter leaves room for the two attributes {@code ops dlq replay} adds to its copy (the
   * replay counter and run id, ops-cli {@code ReplayPolicy}), which refuses a message without it:
   * ids, failure attributes and {@code traceparent} make 8; {@code tracestate} never goes there.
   */
  static final int REPLAY_ROOM = 2;

  private final String queueName;
  private final List<Span> spans = new ArrayList<>();

  TracedSends(String queueName) {
    this.queueName = queueName;
  }

  /** The message as it is sent: its attributes with the trace context of a new PRODUCER span. */
  OutboundMessage traced(OutboundMessage message) {
    Context parent =
        BookTraces.contextFor(
            Optional.ofNullable(message.attributes().get(FailureAttributes.BOOK_ID)));
    Span span =
        Tracing.tracer()
            .spanBuilder("send " + queueName)
            .setSpanKind(SpanKind.PRODUCER)
            .setParent(parent)
            .setAttribute("messaging.system", SYSTEM)
            .setAttribute("messaging.operation.type", "send")
            .setAttribute("messaging.destination.name", queueName)
            .startSpan();
    spans.add(span);
    return new OutboundMessage(
        message.id(),
        message.body(),
        TraceContext.withContext(message.attributes(), parent.with(span), maxAttributes()));
  }

  String queueName() {
    return queueName;
  }

  private int maxAttributes() {
    return queueName.endsWith(QueueSpec.DLQ_SUFFIX)
        ? SqsMessageLimits.MAX_ATTRIBUTES - REPLAY_ROOM
        : SqsMessageLimits.MAX_ATTRIBUTES;
  }

  List<OutboundMessage> traced(List<OutboundMessage> messages) {
    return messages.stream().map(this::traced).toList();
  }

  /** Marks every span of the call failed: the call threw. */
  void failed(RuntimeException e) {
    spans.forEach(s -> s.setStatus(StatusCode.ERROR, e.getClass().getSimpleName()));
  }

  @Override
  public void close() {
    spans.forEach(Span::end);
  }
}
