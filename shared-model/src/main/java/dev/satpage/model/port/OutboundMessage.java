package dev.satpage.model.port;

import java.util.Map;

/**
 * A message to send. {@code id} is unique within one batch; {@code attributes} become SQS string message attributes
 * (ids and failure reasons ops can read without parsing the body).
 */
public record OutboundMessage(String id, String body, Map<String, String> attributes) {
  public OutboundMessage {
    attributes = Map.copyOf(attributes);
  }

  public static OutboundMessage of(String id, String body) {
    return new OutboundMessage(id, body, Map.of());
  }
}
