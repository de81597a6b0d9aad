package dev.satpage.render.text;

/**
 * The print font chain, loaded once for the tests (from Debian's font folder, as the worker does).
 */
public final class TestFonts {
  public static final FontChain CHAIN = FontChain.load();

  private TestFonts() {}

  /** The default typesetter: bundled font first, left to right. */
  public static Typesetter latin() {
    return CHAIN.typesetter(null, null, TextDirection.LTR);
  }
}
