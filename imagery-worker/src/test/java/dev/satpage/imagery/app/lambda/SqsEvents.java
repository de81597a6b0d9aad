package dev.satpage.imagery.app.lambda;

import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.model.Message;

/** The SQS event JSON Lambda's event source mapping delivers, built from messages received from a real queue. */
final class SqsEvents {
  private SqsEvents() {}

  static String of(List<Message> messages, String region) {
    return messages.stream().map(m -> record(m, region)).collect(Collectors.joining(",", "{\"Records\":[", "]}"));
  }

  private static String record(Message m, String region) {
    String attributes = m.attributesAsStrings().entrySet().stream()
        .map(e -> quote(e.getKey()) + ":" + quote(e.getValue())).collect(Collectors.joining(",", "{", "}"));
    String messageAttributes = m.messageAttributes().entrySet().stream()
        .map(e -> quote(e.getKey()) + ":{\"stringValue\":" + quote(e.getValue().stringValue())
            + ",\"stringListValues\":[],\"binaryListValues\":[],\"dataType\":" + quote(e.getValue().dataType()) + "}")
        .collect(Collectors.joining(",", "{", "}"));
    return "{\"messageId\":" + quote(m.messageId()) + ",\"receiptHandle\":" + quote(m.receiptHandle())
        + ",\"body\":" + quote(m.body()) + ",\"attributes\":" + attributes + ",\"messageAttributes\":" + messageAttributes
        + ",\"md5OfBody\":" + quote(m.md5OfBody()) + ",\"eventSource\":\"aws:sqs\""
        + ",\"eventSourceARN\":\"arn:aws:sqs:" + region + ":000000000000:satpage-satellite-page-jobs\""
        + ",\"awsRegion\":" + quote(region) + "}";
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
