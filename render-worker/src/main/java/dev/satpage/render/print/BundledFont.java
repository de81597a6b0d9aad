package dev.satpage.render.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The font bundled with the worker (DejaVu Sans Bold, Bitstream Vera licence), used when a template names none. */
final class BundledFont {
  private static final String RESOURCE = "/fonts/DejaVuSans-Bold.ttf";
  private static final byte[] BYTES = load();

  private BundledFont() {}

  static byte[] bytes() {
    return BYTES;
  }

  private static byte[] load() {
    try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("font resource " + RESOURCE + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
