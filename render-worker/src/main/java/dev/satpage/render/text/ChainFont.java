package dev.satpage.render.text;

import java.awt.Font;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A loaded font of the chain: the scripts it is the first choice for and its faces (one, or a
 * collection's regional faces, e.g. Noto Sans CJK JP/KR/SC, which draw the same Han character in
 * each region's form).
 */
record ChainFont(
    String source,
    Set<Character.UnicodeScript> scripts,
    List<Font> faces,
    List<Set<Character.UnicodeScript>> faceScripts) {
  /** Whether this font has a glyph for {@code codePoint} (its default face does). */
  boolean covers(int codePoint) {
    return faces.getFirst().canDisplay(codePoint);
  }

  /**
   * The face for a line written in {@code lineScripts}: the first whose scripts occur in it, else
   * the default.
   */
  Font face(Set<Character.UnicodeScript> lineScripts) {
    for (int i = 0; i < faceScripts.size(); i++) {
      if (!Collections.disjoint(faceScripts.get(i), lineScripts)) {
        return faces.get(i + 1);
      }
    }
    return faces.getFirst();
  }
}
