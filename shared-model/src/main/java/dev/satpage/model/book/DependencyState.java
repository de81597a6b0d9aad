package dev.satpage.model.book;

/**
 * Where a dependency of a book stands. Only a book whose dependencies are all RESOLVED may be
 * rendered.
 */
public enum DependencyState {
  PENDING,
  RESOLVED,
  FAILED
}
