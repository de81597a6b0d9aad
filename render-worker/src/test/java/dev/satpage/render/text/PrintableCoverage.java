package dev.satpage.render.text;

import dev.satpage.model.book.Personalisation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Derives shared-model's {@code printable-code-points.txt} from the fonts: the name characters some
 * font of the chain covers, as ranges that may span characters a name cannot contain (so the table
 * stays short) but never one it can contain and no font covers. {@code FontChainTest} checks the
 * table against this; run this class to regenerate it after a font package changes: {@code java
 * -Djava.awt.headless=true -cp <render-worker test classpath>
 * dev.satpage.render.text.PrintableCoverage
 * shared-model/src/main/resources/dev/satpage/model/book/printable-code-points.txt}.
 */
public final class PrintableCoverage {
  private PrintableCoverage() {}

  /** The table's ranges, {start, end} inclusive, ascending. */
  static List<int[]> ranges(FontChain chain) {
    List<int[]> ranges = new ArrayList<>();
    int start = -1;
    int lastCovered = -1;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (!Personalisation.isNameCharacter(cp)) {
        continue; // may be spanned
      }
      if (chain.covers(cp)) {
        if (start < 0) {
          start = cp;
        }
        lastCovered = cp;
      } else if (start >= 0) {
        ranges.add(new int[] {start, lastCovered});
        start = -1;
      }
    }
    if (start >= 0) {
      ranges.add(new int[] {start, lastCovered});
    }
    return ranges;
  }

  static String table(List<int[]> ranges) {
    StringBuilder out = new StringBuilder();
    out.append(
            "# Name characters (dev.satpage.model.book.Personalisation#isNameCharacter) that the render worker's print\n")
        .append(
            "# fonts cover, as hexadecimal ranges. A range may span characters a name cannot contain; it never spans one a\n")
        .append(
            "# name can contain that no font covers. Generated from the fonts of render-worker's FontChain (Debian bookworm\n")
        .append(
            "# fonts-noto-core 20201225-1, fonts-noto-cjk 1:20220127+repack1-1, the bundled DejaVu Sans Bold) by\n")
        .append(
            "# render-worker's test tool dev.satpage.render.text.PrintableCoverage, and checked against them by FontChainTest.\n")
        .append("# Do not edit by hand: regenerate.\n");
    for (int[] r : ranges) {
      out.append(
          r[0] == r[1]
              ? String.format(Locale.ROOT, "%04X\n", r[0])
              : String.format(Locale.ROOT, "%04X-%04X\n", r[0], r[1]));
    }
    return out.toString();
  }

  public static void main(String[] args) throws IOException {
    Path target =
        Path.of(
            args.length > 0
                ? args[0]
                : "shared-model/src/main/resources/dev/satpage/model/book/printable-code-points.txt");
    List<int[]> ranges = ranges(FontChain.load());
    Files.writeString(target, table(ranges), StandardCharsets.US_ASCII);
    System.out.println("wrote " + ranges.size() + " ranges to " + target);
  }
}
