package dev.satpage.render.page;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The typeface pages are set in, bundled (DejaVu Sans Bold, Bitstream Vera licence, see fonts/DejaVuSans-LICENSE.txt)
 * so rendering looks the same everywhere and works on machines without system fonts or fontconfig.
 */
final class Fonts {
  private static final String RESOURCE = "/fonts/DejaVuSans-Bold.ttf";
  private static final Font BASE = load();

  private Fonts() {}

  /** The page typeface at {@code size} pixels. */
  static Font of(float size) {
    return BASE.deriveFont(size);
  }

  private static Font load() {
    try (InputStream in = Fonts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("font resource " + RESOURCE + " is missing from the build");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("cannot load font " + RESOURCE, e);
    }
  }
}
