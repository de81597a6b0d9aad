package dev.satpage.render.text;

import dev.satpage.model.book.PrintableText;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Lays out one line of a book's text once, for the preview and the print file alike: each character
 * in a font of the {@link FontChain}, the paragraph in the book's {@link TextDirection}, shaped by
 * Java2D's {@link TextLayout} (which runs the Unicode bidirectional algorithm and shapes complex
 * scripts with HarfBuzz: Arabic joining, Indic conjuncts, marks). Pure and thread-safe.
 */
public final class Typesetter {
  /**
   * Lines are laid out at this size and scaled: with fractional metrics and no hinting, layout
   * scales linearly.
   */
  static final float REFERENCE_SIZE = 100f;

  /**
   * No device transform, anti-aliased, fractional metrics: outlines and advances independent of any
   * screen.
   */
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private final List<ChainFont> chain;
  private final TextDirection direction;

  Typesetter(List<ChainFont> chain, TextDirection direction) {
    this.chain = List.copyOf(chain);
    this.direction = direction;
  }

  public TextDirection direction() {
    return direction;
  }

  /**
   * {@code text} laid out as one line.
   *
   * @throws PermanentFailure {@code unprintable-text} if no font of the chain has a character
   *     (boxes instead of a child's name are not acceptable); the producer refuses such names at
   *     order time, so this is the last guard
   */
  public SetLine set(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("nothing to set");
    }
    Font[] fonts = fontsOf(text);
    AttributedString attributed = new AttributedString(text);
    attributed.addAttribute(TextAttribute.RUN_DIRECTION, direction.runDirection);
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length() || fonts[i] != fonts[start]) {
        attributed.addAttribute(TextAttribute.FONT, fonts[start], start, i);
        start = i;
      }
    }
    return new SetLine(text, new TextLayout(attributed.getIterator(), FRC), fonts);
  }

  /** The font of every char of {@code text} (both chars of a surrogate pair get the same one). */
  private Font[] fontsOf(String text) {
    Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
    text.codePoints().forEach(cp -> scripts.add(Character.UnicodeScript.of(cp)));
    Font[] fonts = new Font[text.length()];
    ChainFont previous = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      ChainFont chosen = choose(cp, previous);
      if (chosen == null) {
        throw new PermanentFailure(
            FailureReason.UNPRINTABLE_TEXT,
            "'" + text + "' has " + PrintableText.describe(cp) + ", which no print font covers");
      }
      Font face = chosen.face(scripts);
      Font font =
          (face.canDisplay(cp) ? face : chosen.faces().getFirst()).deriveFont(REFERENCE_SIZE);
      int next = i + Character.charCount(cp);
      for (int j = i; j < next; j++) {
        fonts[j] = font;
      }
      previous = chosen;
      i = next;
    }
    return dedupe(fonts);
  }

  /**
   * The font for {@code cp}: a space, punctuation or combining mark stays in the previous
   * character's font when it can, so a word is shaped by one font; a letter takes the first font
   * made for its script, else the first that has it.
   */
  private ChainFont choose(int cp, ChainFont previous) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    boolean neutral =
        script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
    if (neutral && previous != null && previous.covers(cp)) {
      return previous;
    }
    if (!neutral) {
      for (ChainFont font : chain) {
        if (font.scripts().contains(script) && font.covers(cp)) {
          return font;
        }
      }
    }
    for (ChainFont font : chain) {
      if (font.covers(cp)) {
        return font;
      }
    }
    return null;
  }

  /** One Font instance per distinct face, so runs break only where the face changes. */
  private static Font[] dedupe(Font[] fonts) {
    List<Font> distinct = new ArrayList<>();
    for (int i = 0; i < fonts.length; i++) {
      Font same = null;
      for (Font f : distinct) {
        if (f.equals(fonts[i])) {
          same = f;
        }
      }
      if (same == null) {
        distinct.add(fonts[i]);
      } else {
        fonts[i] = same;
      }
    }
    return fonts;
  }
}
