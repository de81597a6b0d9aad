package dev.satpage.model.message;

import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.json.Require;

/**
 * One book in an order. {@code bookId} is the shop's line-item id, stable across redeliveries of
 * the order.
 */
public record BookOrder(
    String bookId, String productId, Purpose purpose, Personalisation personalisation) {
  public BookOrder {
    Require.id(bookId, "bookId");
    Require.id(productId, "productId");
    Require.present(purpose, "purpose");
    Require.present(personalisation, "personalisation");
  }
}
