package dev.satpage.producer.access;

import java.util.Locale;

/** What a client key may call: the web shop's previews, or the back office's book status. */
public enum Scope {
  /** {@code POST /previews}, {@code GET /previews/{id}}. */
  PREVIEWS,
  /** {@code GET /books/{bookId}}, {@code GET /books/stuck}. */
  BOOKS;

  /** The scope named as in configuration ({@code previews}, {@code books}). */
  public static Scope parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown scope '" + name + "' (expected previews or books)", e);
    }
  }

  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
