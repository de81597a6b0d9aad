package dev.satpage.model.book;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Which characters of a child's name the books can print: the code points covered by the render
 * worker's print fonts (its {@code FontChain}: DejaVu Sans Bold, Noto Sans and Noto Sans
 * &lt;script&gt; Bold, Noto Sans CJK Bold). Pure: the producer refuses an unprintable name at order
 * time with it, instead of the render worker discovering it at render time.
 *
 * <p>The table {@code printable-code-points.txt} next to this class is generated from the font
 * files themselves, and a render-worker test compares it with the fonts code point by code point
 * (every {@link Personalisation#isNameCharacter name character} is in the table exactly when a font
 * covers it), so the check and the fonts cannot drift apart; the worker also checks at start-up
 * that its installed fonts cover the whole table. Outside the name characters the table's ranges
 * mean nothing (they may span them).
 */
public final class PrintableText {
  static final String TABLE = "printable-code-points.txt";
  private static final int[][] RANGES = load();

  private PrintableText() {}

  /**
   * Whether the print fonts show {@code codePoint}, a {@link Personalisation#isNameCharacter name
   * character}.
   */
  public static boolean covers(int codePoint) {
    int low = 0;
    int high = RANGES.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (codePoint < RANGES[mid][0]) {
        high = mid - 1;
      } else if (codePoint > RANGES[mid][1]) {
        low = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** The first code point of {@code text} that cannot be printed, if any. */
  public static Optional<Integer> firstUnprintable(String text) {
    return text.codePoints().filter(cp -> !covers(cp)).boxed().findFirst();
  }

  /**
   * Every name character the table accepts, ascending (the render worker checks its fonts against
   * these).
   */
  public static IntStream nameCharacters() {
    return IntStream.range(0, RANGES.length)
        .flatMap(i -> IntStream.rangeClosed(RANGES[i][0], RANGES[i][1]))
        .filter(Personalisation::isNameCharacter);
  }

  /** {@code U+12000 CUNEIFORM SIGN A (script Cuneiform)}: a code point as a reason names it. */
  public static String describe(int codePoint) {
    String name = Character.getName(codePoint);
    return String.format(
        Locale.ROOT,
        "U+%04X%s (script %s)",
        codePoint,
        name == null ? "" : " " + name,
        scriptName(Character.UnicodeScript.of(codePoint)));
  }

  /** {@code OLD_ITALIC} as {@code Old Italic}. */
  public static String scriptName(Character.UnicodeScript script) {
    StringBuilder out = new StringBuilder();
    for (String word : script.name().split("_")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  /** Lines {@code 0041-05EA}, hexadecimal, ascending and disjoint; {@code #} starts a comment. */
  private static int[][] load() {
    try (InputStream in = PrintableText.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException(TABLE + " is missing from the build of shared-model");
      }
      List<int[]> ranges = new ArrayList<>();
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] bounds = line.split("-", 2);
        int[] range = {
          Integer.parseInt(bounds[0], 16), Integer.parseInt(bounds[bounds.length - 1], 16)
        };
        if (range[0] > range[1] || (!ranges.isEmpty() && range[0] <= ranges.getLast()[1])) {
          throw new IllegalStateException(
              TABLE + ": range " + line + " is empty, out of order or overlapping");
        }
        ranges.add(range);
      }
      return ranges.toArray(int[][]::new);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + TABLE, e);
    }
  }
}
