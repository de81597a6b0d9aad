package dev.satpage.render.page;

/**
 * The size and encoding of rendered preview pages: 4:3 like the satellite pages, {@code width} pixels wide.
 *
 * @param width page width in pixels; the height is three quarters of it
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

  public int height() {
    return width * 3 / 4;
  }
}
