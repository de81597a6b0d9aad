package dev.satpage.render.design;

/** An sRGB colour, 0..255 per channel. */
public record Rgb(int red, int green, int blue) {
  public static final Rgb BLACK = new Rgb(0, 0, 0);
  public static final Rgb WHITE = new Rgb(255, 255, 255);

  public Rgb {
    if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
      throw new IllegalArgumentException(
          "colour channels are 0..255, were " + red + ", " + green + ", " + blue);
    }
  }

  /** {@code #RRGGBB}, as a Definition File's text layer gives it. */
  public static Rgb parse(String hex) {
    if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
      throw new IllegalArgumentException("'" + hex + "' is not #RRGGBB");
    }
    int v = Integer.parseInt(hex.substring(1), 16);
    return new Rgb(v >> 16, (v >> 8) & 0xFF, v & 0xFF);
  }

  /**
   * Relative luminance, 0 (black) .. 1 (white), with the Rec. 709 weights on the channel values.
   */
  public double luminance() {
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255;
  }
}
