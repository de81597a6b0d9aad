package dev.satpage.render.page;

import dev.satpage.model.book.Page;
import java.util.List;
import java.util.Map;

/**
 * Turns one page of a book into an encoded file. Pure: everything it draws is passed in. Preview JPEGs are rendered
 * page by page through this seam; the print PDF is one document per book ({@code dev.satpage.render.print}).
 */
public interface PageRenderer {
  /** The MIME type of what {@link #render} returns, e.g. {@code image/jpeg}. */
  String contentType();

  /**
   * Renders {@code page}; {@code images} holds, by dependency id, every dependency its layers refer to.
   *
   * @throws dev.satpage.model.failure.PermanentFailure {@code corrupt-image} if an image cannot be decoded
   */
  default byte[] render(Page page, Map<String, DependencyImage> images) {
    return render(page, images, List.of());
  }

  /**
   * Renders {@code page} with the template's {@code art} for it drawn behind its layers.
   *
   * @throws dev.satpage.model.failure.PermanentFailure {@code corrupt-image} if an image or art cannot be decoded
   */
  byte[] render(Page page, Map<String, DependencyImage> images, List<PageArt> art);
}
