package dev.satpage.e2e.beforeafter;

/** The two shapes the benchmark compares. */
public enum Architecture {
  /** The seed's: satellite imagery fetched, stitched and encoded inside the render request. */
  BEFORE("before: imagery inside the render request"),
  /** satpage's: the render service serves pages; a queue-driven imagery worker makes imagery. */
  AFTER("after: imagery by the queue-driven worker");

  private final String description;

  Architecture(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** {@code before} or {@code after}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
