package dev.satpage.render.page;

import dev.satpage.render.design.Sheet;

/**
 * The size and encoding of rendered preview pages: the trim, {@code width} pixels wide.
 *
 * @param width page width in pixels; the height follows the trim's aspect ratio (750 for the
 *     default 4:3 trim)
 * @param jpegQuality JPEG quality between 0 (smallest) and 1 (best)
 */
public record PageFormat(int width, float jpegQuality) {
  public static final int DEFAULT_WIDTH = 1000;
  public static final float DEFAULT_JPEG_QUALITY = 0.85f;
  public static final PageFormat DEFAULT = new PageFormat(DEFAULT_WIDTH, DEFAULT_JPEG_QUALITY);

  public PageFormat {
    if (width < 100 || width > 8000) {
      throw new IllegalArgumentException("page width must be 100..8000 pixels, was " + width);
    }
    if (!(jpegQuality > 0f && jpegQuality <= 1f)) {
      throw new IllegalArgumentException("JPEG quality must be in (0, 1], was " + jpegQuality);
    }
  }

  /** Pixels per millimetre of {@code sheet}'s trim. */
  public double scale(Sheet sheet) {
    return width / sheet.trimWidthMm();
  }

  /** The page height in pixels for {@code sheet}'s trim. */
  public int height(Sheet sheet) {
    return (int) Math.round(sheet.trimHeightMm() * scale(sheet));
  }
}
