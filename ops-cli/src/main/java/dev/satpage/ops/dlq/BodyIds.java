package dev.satpage.ops.dlq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * Order and book ids read from a message body, for messages that do not carry them as attributes
 * (redrive moves of messages sent without them). Every pipeline message has {@code orderId}; all
 * but {@code OrderPlaced} have {@code bookId}, which lists its books under {@code books[].bookId}.
 */
final class BodyIds {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BodyIds() {}

  static Optional<String> orderId(String body) {
    return tree(body).map(n -> n.path("orderId")).filter(JsonNode::isTextual).map(JsonNode::asText);
  }

  static Optional<String> bookId(String body) {
    Optional<JsonNode> tree = tree(body);
    Optional<String> direct =
        tree.map(n -> n.path("bookId")).filter(JsonNode::isTextual).map(JsonNode::asText);
    if (direct.isPresent()) {
      return direct;
    }
    // An order with one book is about that book; with several it is about none of them alone.
    return tree.map(n -> n.path("books"))
        .filter(b -> b.isArray() && b.size() == 1)
        .map(b -> b.get(0).path("bookId"))
        .filter(JsonNode::isTextual)
        .map(JsonNode::asText);
  }

  /** Whether the body mentions the book anywhere (an order of several books counts for each). */
  static boolean mentionsBook(String body, String bookId) {
    return tree(body)
        .map(
            n ->
                bookId.equals(n.path("bookId").asText(null))
                    || n.path("books").findValuesAsText("bookId").contains(bookId))
        .orElse(false);
  }

  private static Optional<JsonNode> tree(String body) {
    try {
      return Optional.ofNullable(MAPPER.readTree(body));
    } catch (Exception e) { // not JSON (a poison message): no ids, which is what ops should see
      return Optional.empty();
    }
  }
}
