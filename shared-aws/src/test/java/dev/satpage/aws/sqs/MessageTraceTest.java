package dev.satpage.aws.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.aws.trace.RecordedSpans;
import dev.satpage.aws.trace.TraceContext;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.testing.InMemoryJobQueue;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The trace across an SQS hop: the sender's PRODUCER span's context as the W3C message attributes
 * (within SQS's 10), the receiver's CONSUMER span its child.
 */
class MessageTraceTest {
  private static final String TRACE_ID = "5759e988bd862e3fe1be46a994272793";

  /** A received context with a {@code tracestate}: the most trace attributes a send can take. */
  private static final Map<String, String> W3C_WITH_STATE =
      Map.of(
          "traceparent",
          "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
          "tracestate",
          "vendor=x1");

  private static final String XRAY_HEADER =
      "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";

  @RegisterExtension final RecordedSpans spans = new RecordedSpans();

  @Test
  void aSentMessage_carriesItsProducerSpan_andTheConsumerSpanIsItsChild() {
    OutboundMessage sent;
    try (TracedSends sends = new TracedSends(Queues.IMAGERY_COMPLETED_NAME)) {
      sent = sends.traced(pipelineMessage());
    }
    SpanData producer = spans.ended().getFirst();
    assertThat(producer.getKind()).isEqualTo(SpanKind.PRODUCER);
    assertThat(producer.getName()).isEqualTo("send " + Queues.IMAGERY_COMPLETED_NAME);
    assertThat(sent.attributes())
        .containsEntry(
            "traceparent", "00-" + producer.getTraceId() + "-" + producer.getSpanId() + "-01")
        .containsEntry(FailureAttributes.BOOK_ID, "b-1");

    handle(new ReceivedMessage("m-1", "{}", sent.attributes(), 1, null), body -> {});
    SpanData consumer = spans.ended().get(1);
    assertThat(consumer.getKind()).isEqualTo(SpanKind.CONSUMER);
    assertThat(consumer.getName()).isEqualTo("process " + Queues.IMAGERY_COMPLETED_NAME);
    assertThat(consumer.getTraceId()).isEqualTo(producer.getTraceId());
    assertThat(consumer.getParentSpanId()).isEqualTo(producer.getSpanId());
    assertThat(consumer.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void onLambda_anXRaySendersTraceIsContinued_whenThereIsNoTraceparent() {
    ReceivedMessage received = onLambda(XRAY_HEADER, Map.of());
    handle(received, body -> {});
    SpanData consumer = spans.ended().getFirst();
    assertThat(consumer.getTraceId()).isEqualTo(TRACE_ID);
    assertThat(consumer.getParentSpanId()).isEqualTo("53995c3f42cd8ad8");
  }

  @Test
  void aTraceparent_winsOverAwsTraceHeader_andAMalformedHeaderStartsANewTrace() {
    String w3c = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    ReceivedMessage both = onLambda(XRAY_HEADER, Map.of("traceparent", w3c));
    assertThat(both.attributes()).containsEntry("traceparent", w3c);

    ReceivedMessage malformed = onLambda("Root=garbage", Map.of());
    assertThat(malformed.attributes()).doesNotContainKey("traceparent");
    Delivery delivery = handle(malformed, body -> {});
    assertThat(delivery.acknowledged()).isTrue();
    SpanData consumer = spans.ended().getFirst();
    assertThat(consumer.getParentSpanContext().isValid()).isFalse();
  }

  @Test
  void aFailedHandling_isAFailedSpan() {
    handle(
        new ReceivedMessage("m-1", "{}", Map.of(), 1, null),
        body -> {
          throw new TransientFailure("S3 503");
        });
    assertThat(spans.ended().getFirst().getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  /**
   * SQS takes at most 10 message attributes: satpage's messages carry 2, so the trace's 2 fit; a
   * dead letter's 5 failure attributes, its 2 ids and a replay's 3 fill all 10, and the trace gives
   * way rather than failing the send.
   */
  @Test
  void traceAttributes_stayWithinSqsAttributeLimit() {
    Context received = TraceContext.extract(W3C_WITH_STATE);
    try (Scope _ = received.makeCurrent();
        TracedSends sends = new TracedSends(Queues.SATELLITE_PAGE_JOBS_NAME)) {
      assertThat(sends.traced(pipelineMessage()).attributes())
          .containsOnlyKeys(
              FailureAttributes.ORDER_ID, FailureAttributes.BOOK_ID, "traceparent", "tracestate");
      for (int others = 0; others <= SqsMessageLimits.MAX_ATTRIBUTES; others++) {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < others; i++) {
          many.put("a" + i, "v");
        }
        OutboundMessage traced = sends.traced(new OutboundMessage("m", "{}", many));
        assertThat(traced.attributes())
            .as("%d other attributes", others)
            .hasSize(Math.min(others + 2, SqsMessageLimits.MAX_ATTRIBUTES));
        // what SqsJobQueue checks before sending: no too-many-attributes refusal
        SqsMessageLimits.check(
            Queues.SATELLITE_PAGE_JOBS_NAME, List.of(traced), SqsMessageLimits.MAX_MESSAGE_BYTES);
      }
    }
  }

  /**
   * A dead letter of a pipeline message — its 2 ids, 5 failure attributes — keeps room for the
   * replay counter and run id {@code ops dlq replay} adds; the one after a replay (3 replay
   * attributes more) goes without a trace.
   */
  @Test
  void aDeadLetter_keepsRoomForTheReplaysAttributes() {
    Context received = TraceContext.extract(W3C_WITH_STATE);
    InMemoryJobQueue dlq = new InMemoryJobQueue();
    DeadLetters deadLetters = new DeadLetters(dlq, "test", Clock.systemUTC());
    try (Scope _ = received.makeCurrent();
        TracedSends sends =
            new TracedSends(Queues.SATELLITE_PAGE_JOBS_NAME + QueueSpec.DLQ_SUFFIX)) {
      Map<String, String> ids = pipelineMessage().attributes();
      deadLetters.send(Queues.SATELLITE_PAGE_JOBS_NAME, "m-1", "{}", ids, "invalid-message", "x");
      OutboundMessage dead = sends.traced(dlq.sent(sends.queueName()).getFirst());
      assertThat(dead.attributes())
          .hasSize(SqsMessageLimits.MAX_ATTRIBUTES - TracedSends.REPLAY_ROOM)
          .containsKey("traceparent")
          .doesNotContainKey("tracestate");

      Map<String, String> replayed = new HashMap<>(ids);
      replayed.putAll(
          Map.of(
              FailureAttributes.REPLAY_COUNT,
              "1",
              FailureAttributes.REPLAY_RUN,
              "r-1",
              FailureAttributes.FIRST_FAILED_AT,
              "2026-12-03T10:00:00Z"));
      deadLetters.send(
          Queues.SATELLITE_PAGE_JOBS_NAME, "m-1", "{}", replayed, "invalid-message", "x");
      assertThat(sends.traced(dlq.sent(sends.queueName()).get(1)).attributes())
          .hasSize(SqsMessageLimits.MAX_ATTRIBUTES)
          .doesNotContainKey("traceparent");
    }
  }

  /** A record as Lambda's SQS event carries it: system attributes beside the message's own. */
  private static ReceivedMessage onLambda(String awsTraceHeader, Map<String, String> attributes) {
    return ReceivedMessage.of(
        "m-1", "{}", Map.of(ReceivedMessage.AWS_TRACE_HEADER, awsTraceHeader), attributes, v -> v);
  }

  private static OutboundMessage pipelineMessage() {
    return new OutboundMessage(
        "j-1", "{}", Map.of(FailureAttributes.ORDER_ID, "o-1", FailureAttributes.BOOK_ID, "b-1"));
  }

  private static Delivery handle(
      ReceivedMessage message, java.util.function.Consumer<String> handler) {
    MessageHandling handling =
        new MessageHandling(new DeadLetters(new InMemoryJobQueue(), "test", Clock.systemUTC()));
    return handling.process(Queues.IMAGERY_COMPLETED_NAME, message, seconds -> {}, handler);
  }
}
