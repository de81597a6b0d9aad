package dev.satpage.e2e.beforeafter;

import dev.satpage.e2e.load.LoadOrders;
import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Page;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.producer.intake.ProductCatalog;
import java.time.Instant;

/**
 * Book number {@code n} of a before/after run, as the product catalogue defines it: its title page
 * (text and template art, no imagery: the benchmark's fast page), its "area around the home" page
 * and that page's satellite imagery. Every {@code n} is a different home ({@link LoadOrders}), so
 * no satellite page is served from the imagery cache.
 */
public record SeedBook(DefinitionFile definition) {
  /** The satellite dependency the benchmark makes: the zoom-16 area page, 4000 × 3000. */
  public static final String SATELLITE_DEPENDENCY = "sat-area";

  static final String TITLE_PAGE = "p01-title";
  static final String SATELLITE_PAGE = "p02-area";

  public static SeedBook number(long n) {
    if (n < 0 || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("book number must be within 0..2^31-1: " + n);
    }
    String runId = "ba" + n;
    OrderPlaced order = LoadOrders.order(runId, (int) n, 0, Instant.EPOCH);
    BookOrder book = order.books().getFirst();
    return new SeedBook(new ProductCatalog().definitionFor(order.orderId(), book));
  }

  public Page titlePage() {
    return page(TITLE_PAGE);
  }

  public Page satellitePage() {
    return page(SATELLITE_PAGE);
  }

  public SatellitePageSpec satelliteSpec() {
    return definition.dependency(SATELLITE_DEPENDENCY).spec();
  }

  /** The job the producer would publish for the satellite page (the "after" architecture). */
  public SatellitePageJob job() {
    return SatellitePageJob.of(
        definition.orderId(),
        definition.bookId(),
        definition.version(),
        SATELLITE_DEPENDENCY,
        satelliteSpec());
  }

  private Page page(String id) {
    return definition.pages().stream()
        .filter(p -> p.pageId().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the product has no page " + id));
  }
}
