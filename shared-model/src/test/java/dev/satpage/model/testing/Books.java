package dev.satpage.model.testing;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Dependency;
import dev.satpage.model.book.Layer;
import dev.satpage.model.book.Page;
import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.book.SatellitePageSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Test-data builder: {@code aBook().withSatellitePages(2).build()}. */
public final class Books {
  private String bookId = "book-1";
  private String orderId = "order-1";
  private int version = 1;
  private Purpose purpose = Purpose.PREVIEW;
  private int satellitePages = 2;
  private String childName = "Ada";
  private double lat = 51.5007;
  private double lon = -0.1246;

  private Books() {}

  public static Books aBook() {
    return new Books();
  }

  public Books withId(String bookId) {
    this.bookId = bookId;
    return this;
  }

  public Books withOrderId(String orderId) {
    this.orderId = orderId;
    return this;
  }

  /** The Definition File version (the intake writes 1; another one tests what reads it). */
  public Books withVersion(int version) {
    this.version = version;
    return this;
  }

  public Books withPurpose(Purpose purpose) {
    this.purpose = purpose;
    return this;
  }

  public Books withSatellitePages(int n) {
    this.satellitePages = n;
    return this;
  }

  public Books withChild(String name, double lat, double lon) {
    this.childName = name;
    this.lat = lat;
    this.lon = lon;
    return this;
  }

  public DefinitionFile build() {
    TreeMap<String, Dependency> deps = new TreeMap<>();
    List<Page> pages = new ArrayList<>();
    pages.add(new Page("p01-title", List.of(new Layer.Text(childName, 0.1, "#203040", 0.5))));
    for (int i = 1; i <= satellitePages; i++) {
      String id = "sat-" + i;
      deps.put(id, Dependency.pending(id, SatellitePageSpec.of(lat, lon, 14 + i % 6)));
      pages.add(
          new Page(
              String.format("p%02d-satellite", i + 1),
              List.of(new Layer.Image(id, Layer.Fit.FILL), new Layer.Attribution(id))));
    }
    return new DefinitionFile(
        DefinitionFile.SCHEMA_VERSION,
        bookId,
        orderId,
        version,
        purpose,
        "satellite-adventure",
        new Personalisation(childName, lat, lon),
        pages,
        deps);
  }
}
