package dev.satpage.aws.sqs;

import dev.satpage.aws.trace.TraceContext;
import dev.satpage.aws.trace.XRayTraceHeader;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * A message as a consumer received it — from a Spring Cloud AWS listener or in a Lambda SQS event —
 * with what the delivery decisions need: its id, body, string message attributes (kept when it is
 * dead-lettered), SQS's {@code ApproximateReceiveCount} (1 on the first receive) and {@code
 * SentTimestamp}. Both paths build it here, so the attribute handling is written once.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ReceiveMessage.html
 * (system attributes)
 *
 * @param sentAt when SQS accepted the message; null when the receive did not ask for SentTimestamp
 */
public record ReceivedMessage(
    String id, String body, Map<String, String> attributes, int receiveCount, Instant sentAt) {
  /**
   * SQS system attribute names, identical in ReceiveMessage answers and in Lambda's SQS event
   * records.
   */
  public static final String RECEIVE_COUNT = "ApproximateReceiveCount";

  public static final String SENT_TIMESTAMP = "SentTimestamp";

  /**
   * The X-Ray trace header SQS keeps for a message sent with one (system attribute, in Lambda's SQS
   * records too: https://docs.aws.amazon.com/xray/latest/devguide/xray-services-sqs.html, read
   * 2026-12-03).
   */
  public static final String AWS_TRACE_HEADER = "AWSTraceHeader";

  public ReceivedMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    attributes = Map.copyOf(attributes);
    if (receiveCount < 1) {
      throw new IllegalArgumentException("receiveCount must be at least 1: " + receiveCount);
    }
  }

  public Optional<Instant> sent() {
    return Optional.ofNullable(sentAt);
  }

  /**
   * From the two maps every SQS delivery carries: the system attributes ({@code
   * ApproximateReceiveCount}, {@code SentTimestamp}, as strings) and the message attributes, of
   * which the string ones are kept; without a {@code traceparent} among them, the {@code
   * AWSTraceHeader} system attribute's trace is kept as one. A receive count that is missing or
   * unreadable counts as the first receive (the safe side: no early last-attempt hook).
   */
  public static <V> ReceivedMessage of(
      String id,
      String body,
      Map<String, String> systemAttributes,
      Map<String, V> messageAttributes,
      Function<V, String> stringValue) {
    Map<String, String> system = systemAttributes == null ? Map.of() : systemAttributes;
    Map<String, String> strings = new HashMap<>();
    if (messageAttributes != null) {
      messageAttributes.forEach(
          (name, value) -> {
            String s = value == null ? null : stringValue.apply(value);
            if (s != null) {
              strings.put(name, s);
            }
          });
    }
    if (!strings.containsKey(TraceContext.TRACEPARENT)) {
      // A sender traced by X-Ray rather than W3C: its trace, as a traceparent (XRayTraceHeader).
      XRayTraceHeader.toTraceparent(system.get(AWS_TRACE_HEADER))
          .ifPresent(parent -> strings.put(TraceContext.TRACEPARENT, parent));
    }
    Long count = number(system.get(RECEIVE_COUNT));
    Long sent = number(system.get(SENT_TIMESTAMP));
    return new ReceivedMessage(
        id,
        body,
        strings,
        count == null || count < 1 ? 1 : (int) Math.min(count, Integer.MAX_VALUE),
        sent == null ? null : Instant.ofEpochMilli(sent));
  }

  /** A message as the SDK's ReceiveMessage returns it (what Spring Cloud AWS hands a listener). */
  public static ReceivedMessage of(Message message) {
    return of(
        message.messageId(),
        message.body(),
        message.attributesAsStrings(),
        message.messageAttributes(),
        v -> v.stringValue());
  }

  private static Long number(String value) {
    try {
      return value == null ? null : Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
