package dev.satpage.model.message;

import dev.satpage.model.json.Require;
import java.time.Instant;
import java.util.List;

/**
 * The web shop's event: an order was paid and its books must be made. Queue: {@code order-placed}.
 */
public record OrderPlaced(
    int schemaVersion, String orderId, Instant placedAt, List<BookOrder> books) {
  public static final int SCHEMA_VERSION = 1;
  public static final int MAX_BOOKS = 20;

  public OrderPlaced {
    Require.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Require.id(orderId, "orderId");
    Require.present(placedAt, "placedAt");
    books = Require.nonEmpty(books, "books", MAX_BOOKS);
  }

  public static OrderPlaced of(String orderId, Instant placedAt, List<BookOrder> books) {
    return new OrderPlaced(SCHEMA_VERSION, orderId, placedAt, books);
  }
}
