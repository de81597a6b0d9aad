package dev.satpage.model.port;

import java.util.Map;

/**
 * A message to send. {@code id} names it within one {@code sendAll} (distinct there; the SQS
 * adapter makes it the batch entry id, so a refusal names the message); {@code attributes} become
 * SQS string message attributes (ids and failure reasons ops can read without parsing the body) and
 * count toward the message's size.
 */
public record OutboundMessage(String id, String body, Map<String, String> attributes) {
  public OutboundMessage {
    attributes = Map.copyOf(attributes);
  }

  public static OutboundMessage of(String id, String body) {
    return new OutboundMessage(id, body, Map.of());
  }
}
