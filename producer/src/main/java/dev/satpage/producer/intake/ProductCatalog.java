package dev.satpage.producer.intake;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Dependency;
import dev.satpage.model.book.Layer;
import dev.satpage.model.book.Page;
import dev.satpage.model.book.PrintableText;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.message.BookOrder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The products we can make and how each turns a book order into a Definition File. Today one
 * product: a title page with the child's name and two satellite pages — the area around the home,
 * and a closer view of it.
 */
public final class ProductCatalog {
  public static final String SATELLITE_ADVENTURE = "satellite-adventure";

  /**
   * Zoom of the "area around the home" page: ~1.5 m/px at 50° latitude, about 6 km across at 4000
   * px.
   */
  public static final int AREA_ZOOM = 16;

  /** Zoom of the "closer view" page: ~0.4 m/px at 50° latitude, about 1.5 km across. */
  public static final int HOME_ZOOM = 18;

  private static final Set<String> KNOWN = Set.of(SATELLITE_ADVENTURE);

  /**
   * Fails with {@code unknown-product} unless the product exists; called for every book before
   * anything is written.
   */
  public void requireKnown(BookOrder book) {
    if (!KNOWN.contains(book.productId())) {
      throw new PermanentFailure(
          FailureReason.UNKNOWN_PRODUCT,
          "book " + book.bookId() + " orders product '" + book.productId() + "'; known: " + KNOWN);
    }
  }

  /**
   * Fails with {@code unprintable-name} unless every character of the child's name is one the
   * books' print fonts show ({@link PrintableText}): refused when the order is placed, not
   * discovered when the print file is made. The detail names the first such character and its
   * script, not the name.
   */
  public void requirePrintable(BookOrder book) {
    unprintable(book.personalisation().childName())
        .ifPresent(
            problem -> {
              throw new PermanentFailure(
                  FailureReason.UNPRINTABLE_NAME,
                  "book " + book.bookId() + ": personalisation.childName " + problem);
            });
  }

  /**
   * What cannot be printed in {@code childName} ("has U+12000 … (script Cuneiform), which …"), if
   * anything.
   */
  public static Optional<String> unprintable(String childName) {
    return PrintableText.firstUnprintable(childName)
        .map(
            cp ->
                "has " + PrintableText.describe(cp) + ", which the books' print fonts cannot show");
  }

  /** The Definition File (version 1, every dependency PENDING) for one book of an order. */
  public DefinitionFile definitionFor(String orderId, BookOrder book) {
    requireKnown(book);
    var p = book.personalisation();
    TreeMap<String, Dependency> deps = new TreeMap<>();
    deps.put(
        "sat-area",
        Dependency.pending(
            "sat-area", SatellitePageSpec.of(p.latitude(), p.longitude(), AREA_ZOOM)));
    deps.put(
        "sat-home",
        Dependency.pending(
            "sat-home", SatellitePageSpec.of(p.latitude(), p.longitude(), HOME_ZOOM)));
    List<Page> pages =
        List.of(
            new Page(
                "p01-title",
                List.of(
                    new Layer.Text(p.childName() + "'s World", 0.11, "#1d3557", 0.42),
                    new Layer.Text("seen from space", 0.05, "#457b9d", 0.58))),
            new Page(
                "p02-area",
                List.of(
                    new Layer.Image("sat-area", Layer.Fit.FILL),
                    new Layer.Text("Where " + p.childName() + " lives", 0.06, "#ffffff", 0.1),
                    new Layer.Attribution("sat-area"))),
            new Page(
                "p03-home",
                List.of(
                    new Layer.Image("sat-home", Layer.Fit.FILL),
                    new Layer.Text(p.childName() + "'s home", 0.06, "#ffffff", 0.1),
                    new Layer.Attribution("sat-home"))));
    return new DefinitionFile(
        DefinitionFile.SCHEMA_VERSION,
        book.bookId(),
        orderId,
        1,
        book.purpose(),
        book.productId(),
        p,
        pages,
        deps);
  }
}
