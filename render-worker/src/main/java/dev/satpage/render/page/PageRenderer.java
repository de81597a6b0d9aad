package dev.satpage.render.page;

import dev.satpage.model.book.Page;
import java.util.Map;

/**
 * Turns one page of a book into an encoded file. Pure: everything it draws is passed in. Today's implementation writes
 * preview JPEGs; a print PDF renderer is another implementation of this seam.
 */
public interface PageRenderer {
  /** The MIME type of what {@link #render} returns, e.g. {@code image/jpeg}. */
  String contentType();

  /**
   * Renders {@code page}; {@code images} holds, by dependency id, every dependency its layers refer to.
   *
   * @throws dev.satpage.model.failure.PermanentFailure {@code corrupt-image} if an image cannot be decoded
   */
  byte[] render(Page page, Map<String, DependencyImage> images);
}
