package dev.satpage.devstack.lambda;

import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The SQS event JSON Lambda's event source mapping delivers, built from messages received from a
 * real queue
 * (https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#example-standard-queue-message-event).
 */
public final class SqsEvents {
  private SqsEvents() {}

  /**
   * The event of {@code messages} received from the queue {@code queueName} (account 000000000000,
   * {@code region}).
   */
  public static String of(List<Message> messages, String region, String queueName) {
    return messages.stream()
        .map(m -> record(m, region, queueName))
        .collect(Collectors.joining(",", "{\"Records\":[", "]}"));
  }

  private static String record(Message m, String region, String queueName) {
    String attributes =
        m.attributesAsStrings().entrySet().stream()
            .map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
            .collect(Collectors.joining(",", "{", "}"));
    String messageAttributes =
        m.messageAttributes().entrySet().stream()
            .map(
                e ->
                    quote(e.getKey())
                        + ":{\"stringValue\":"
                        + quote(e.getValue().stringValue())
                        + ",\"stringListValues\":[],\"binaryListValues\":[],\"dataType\":"
                        + quote(e.getValue().dataType())
                        + "}")
            .collect(Collectors.joining(",", "{", "}"));
    return "{\"messageId\":"
        + quote(m.messageId())
        + ",\"receiptHandle\":"
        + quote(m.receiptHandle())
        + ",\"body\":"
        + quote(m.body())
        + ",\"attributes\":"
        + attributes
        + ",\"messageAttributes\":"
        + messageAttributes
        + ",\"md5OfBody\":"
        + quote(m.md5OfBody())
        + ",\"eventSource\":\"aws:sqs\""
        + ",\"eventSourceARN\":\"arn:aws:sqs:"
        + region
        + ":000000000000:"
        + queueName
        + "\""
        + ",\"awsRegion\":"
        + quote(region)
        + "}";
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }
}
