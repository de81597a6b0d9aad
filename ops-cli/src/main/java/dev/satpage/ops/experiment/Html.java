package dev.satpage.ops.experiment;

import java.util.Locale;

/** The one escaping helper of the report's HTML and SVG, and its number formats. */
final class Html {
  private Html() {}

  /** {@code text} safe in element content and in double- or single-quoted attribute values. */
  static String escape(Object text) {
    String s = String.valueOf(text);
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A number with {@code decimals} decimals, the same on every locale. */
  static String number(double d, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", d);
  }

  /** A share as a percentage with one decimal, {@code -} when there is no whole. */
  static String percent(int part, int whole) {
    return whole == 0 ? "-" : number(100.0 * part / whole, 1) + " %";
  }
}
