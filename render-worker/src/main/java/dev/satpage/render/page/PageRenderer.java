package dev.satpage.render.page;

import dev.satpage.model.book.Page;
import dev.satpage.render.template.Template;
import dev.satpage.render.text.Typesetter;
import java.util.Map;

/**
 * Turns one page of a book into an encoded file. Pure: everything it draws is passed in. Preview
 * JPEGs are rendered page by page through this seam; the print PDF is one document per book ({@code
 * dev.satpage.render.print}). Both draw the page as {@link dev.satpage.render.design.PageDesign}
 * lays it out.
 */
public interface PageRenderer {
  /** The MIME type of what {@link #render} returns, e.g. {@code image/jpeg}. */
  String contentType();

  /**
   * Renders {@code page} of a book of {@code template} (its trim and the art it places on the
   * page); {@code images} holds, by dependency id, every dependency its layers refer to; its text
   * is set by {@code typesetter} (the book's fonts and direction).
   *
   * @throws dev.satpage.model.failure.PermanentFailure {@code corrupt-image} if an image or art
   *     cannot be decoded, {@code unprintable-text} if a character has no glyph in any font of the
   *     chain, {@code invalid-template} if the printhouse's safety margin leaves no room on the
   *     template's trim
   */
  byte[] render(
      Page page, Map<String, DependencyImage> images, Template template, Typesetter typesetter);
}
