package dev.satpage.e2e.beforeafter;

/** The two kinds of request the benchmark sends to the render service. */
public enum RequestKind {
  /** A page without satellite imagery: the book's title page. */
  FAST,
  /** A page with satellite imagery: its imagery made (before) or queued (after). */
  SATELLITE
}
