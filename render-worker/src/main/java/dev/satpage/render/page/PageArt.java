package dev.satpage.render.page;

/**
 * A template picture on a page, drawn behind the page's layers. Its box is relative to the finished page (the trim):
 * {@code x}, {@code y} of the top-left corner and {@code width} as fractions of the page width/height; the height
 * follows the picture's aspect ratio.
 */
public record PageArt(String asset, byte[] encoded, double x, double y, double width) {
  public PageArt {
    if (asset == null || encoded == null) {
      throw new IllegalArgumentException("asset and encoded are required");
    }
  }
}
