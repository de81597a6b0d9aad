package dev.satpage.e2e.load;

import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.OrderPlaced;
import java.time.Instant;
import java.util.List;

/**
 * Orders for a load run: one book per order (so order → ready is one book's latency), every {@code
 * printEvery}-th a print book, each at its own home. No two books share a home: the imagery cache
 * key is derived from the exact coordinates, and a repeated home would be a cache hit rather than
 * load.
 */
public final class LoadOrders {
  private static final double[][] CITIES = {
    {51.4769, -0.0005}, {45.7640, 4.8357}, {-33.8568, 151.2153}, {41.4036, 2.1744},
    {-1.2921, 36.8219}, {35.0116, 135.7681}, {40.7812, -73.9665}, {-41.2865, 174.7762}
  };
  private static final String[] NAMES = {
    "Ada", "Léa", "Kai", "Mateo", "Amara", "Yuki", "Noah", "Aroha"
  };

  private LoadOrders() {}

  /** Book {@code n} (0-based) of run {@code runId}. */
  public static OrderPlaced order(String runId, int n, int printEvery, Instant now) {
    double[] city = CITIES[n % CITIES.length];
    int step = n / CITIES.length + 1;
    // Steps of 0.004° (a few hundred metres): a distinct neighbourhood per book, still on land near
    // the landmark.
    double lat = city[0] + 0.004 * (step % 50);
    double lon = city[1] + 0.004 * (step / 50 + 1);
    Purpose purpose =
        printEvery > 0 && n % printEvery == printEvery - 1 ? Purpose.PRINT : Purpose.PREVIEW;
    String orderId = runId + "-o" + n;
    BookOrder book =
        new BookOrder(
            orderId + "-b1",
            "satellite-adventure",
            purpose,
            new Personalisation(NAMES[n % NAMES.length], lat, lon));
    return OrderPlaced.of(orderId, now, List.of(book));
  }
}
