package dev.satpage.model.book;

/**
 * Why a book is rendered: screen previews for the web shop, or a print-ready file for the
 * printhouse.
 */
public enum Purpose {
  PREVIEW,
  PRINT
}
