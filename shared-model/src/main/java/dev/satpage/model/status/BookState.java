package dev.satpage.model.status;

/** Where a book stands, as the web shop and ops see it. */
public enum BookState {
  /** Waiting for imagery. */
  PENDING,
  /**
   * A dependency failed and will not be retried on its own; see the blocker for why and where the
   * message is.
   */
  BLOCKED,
  /** Every dependency resolved; the render job was dispatched and the render worker is on it. */
  RENDERING,
  /** Rendered: pages exist. */
  READY
}
