package dev.satpage.producer.access;

import java.util.Locale;

/**
 * What a client key may call: the web shop's previews, the back office's book status, or the ops
 * console (ops-console).
 */
public enum Scope {
  /** {@code POST /previews}, {@code GET /previews/{id}}. */
  PREVIEWS,
  /** {@code GET /books/{bookId}}, {@code GET /books/stuck}. */
  BOOKS,
  /** The ops console: queues, dead letters and their replay, book timelines. */
  OPS;

  /** The scope named as in configuration ({@code previews}, {@code books}). */
  public static Scope parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown scope '" + name + "' (expected previews, books or ops)", e);
    }
  }

  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
