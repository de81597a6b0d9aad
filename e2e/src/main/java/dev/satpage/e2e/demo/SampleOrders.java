package dev.satpage.e2e.demo;

import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.OrderPlaced;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sample orders at real-world places (public landmarks, not anyone's home), as the web shop would
 * send them.
 */
final class SampleOrders {
  private record Child(String name, double lat, double lon) {}

  private static final List<Child> CHILDREN =
      List.of(
          new Child("Ada", 51.4769, -0.0005), // Royal Observatory, Greenwich
          new Child("Léa", 45.7640, 4.8357), // Lyon, Presqu'île
          new Child("Kai", -33.8568, 151.2153), // Sydney Opera House
          new Child("Mateo", 41.4036, 2.1744), // Sagrada Família, Barcelona
          new Child("Amara", -1.2921, 36.8219), // Nairobi CBD
          new Child("Yuki", 35.0116, 135.7681), // Kyoto
          new Child("Noah", 40.7812, -73.9665), // Central Park, New York
          new Child("Aroha", -41.2865, 174.7762)); // Wellington waterfront

  private SampleOrders() {}

  /**
   * {@code books} books spread over orders of one or two books; the run id keeps ids unique across
   * runs.
   */
  static List<OrderPlaced> create(int books, String runId, Instant now) {
    List<OrderPlaced> orders = new ArrayList<>();
    int made = 0;
    int orderNo = 1;
    while (made < books) {
      int inThisOrder =
          (orderNo % 3 == 0 && books - made >= 2) ? 2 : 1; // every third order has two books
      List<BookOrder> items = new ArrayList<>();
      String orderId = runId + "-o" + orderNo;
      for (int i = 0; i < inThisOrder; i++) {
        Child c = CHILDREN.get(made % CHILDREN.size());
        // Every third book is a print book (a PDF for the printhouse); the others are web-shop
        // previews.
        Purpose purpose = made % 3 == 2 ? Purpose.PRINT : Purpose.PREVIEW;
        items.add(
            new BookOrder(
                orderId + "-b" + (i + 1),
                "satellite-adventure",
                purpose,
                new Personalisation(c.name(), c.lat(), c.lon())));
        made++;
      }
      orders.add(OrderPlaced.of(orderId, now, items));
      orderNo++;
    }
    return orders;
  }
}
