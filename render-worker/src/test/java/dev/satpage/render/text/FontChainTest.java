package dev.satpage.render.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.PrintableText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontChainTest {
  /**
   * The producer's check and the fonts cannot drift: every name character is accepted at order time
   * exactly when a font of the chain has it. A font package update or a new JDK (new Unicode
   * letters) makes this fail until the table is regenerated with {@link PrintableCoverage}.
   */
  @Test
  void theProducersPrintableTable_isExactlyWhatTheFontsCover() {
    List<String> acceptedButNotCovered = new ArrayList<>();
    List<String> coveredButRefused = new ArrayList<>();
    int accepted = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (!Personalisation.isNameCharacter(cp)) {
        continue;
      }
      boolean covered = TestFonts.CHAIN.covers(cp);
      boolean printable = PrintableText.covers(cp);
      accepted += printable ? 1 : 0;
      if (printable && !covered && acceptedButNotCovered.size() < 20) {
        acceptedButNotCovered.add(PrintableText.describe(cp));
      } else if (covered && !printable && coveredButRefused.size() < 20) {
        coveredButRefused.add(PrintableText.describe(cp));
      }
    }
    String regenerate =
        "; regenerate shared-model's printable-code-points.txt with "
            + PrintableCoverage.class.getName();
    assertThat(acceptedButNotCovered)
        .as("accepted at order time, yet no font has them" + regenerate)
        .isEmpty();
    assertThat(coveredButRefused).as("printable, yet refused at order time" + regenerate).isEmpty();
    assertThat(accepted)
        .as("Latin … Han: tens of thousands of name characters")
        .isGreaterThan(40_000);
  }

  @Test
  void theScriptsCustomersWriteNamesIn_areCovered_andDeadScriptsAreNot() {
    Map<String, String> names =
        new TreeMap<>(
            Map.of(
                "Latin",
                "Zoë Ørsted-Łukasiewicz",
                "Greek",
                "Ελένη",
                "Cyrillic",
                "Анастасия",
                "Arabic",
                "فاطمة",
                "Hebrew",
                "נועה",
                "Devanagari",
                "अनीता",
                "Bengali",
                "সুমন",
                "Tamil",
                "தமிழ்",
                "Thai",
                "สมชาย"));
    names.putAll(
        Map.of(
            "Han",
            "王芳",
            "Japanese",
            "さくら",
            "Korean",
            "서연",
            "Georgian",
            "ნინო",
            "Armenian",
            "Անի",
            "Ethiopic",
            "አበበ"));
    names.forEach(
        (script, name) ->
            assertThat(name.codePoints().allMatch(TestFonts.CHAIN::covers)).as(script).isTrue());

    assertThat(TestFonts.CHAIN.covers(0x12000)).as("Cuneiform").isFalse();
    assertThat(TestFonts.CHAIN.covers(0x10000)).as("Linear B").isFalse();
  }

  @Test
  void aMissingFontFile_stopsTheStartUp_namingTheDebianPackageToInstall(@TempDir Path empty) {
    assertThatThrownBy(() -> FontChain.load(empty))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NotoSans-Bold.ttf is missing")
        .hasMessageContaining("apt-get install fonts-noto-core");
  }

  /** Debian's own package database, not our list, says which package installs each file. */
  @Test
  void everyFontFile_isInstalledByThePackageItNames() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("dpkg-query", "-S"));
    FontChain.FILES.forEach(f -> command.add(FontChain.DEBIAN_FONTS.resolve(f.path()).toString()));
    Process dpkg = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(dpkg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(dpkg.waitFor()).as(out).isZero();

    for (FontFile file : FontChain.FILES) {
      String path = FontChain.DEBIAN_FONTS.resolve(file.path()).toString();
      assertThat(out.lines()).as(path).contains(file.debianPackage() + ": " + path);
    }
    assertThat(FontChain.FILES)
        .extracting(FontFile::debianPackage)
        .containsOnly(FontChain.NOTO_CORE, FontChain.NOTO_CJK);
  }

  @Test
  void theCoverageTool_writesATableThatReadsBackTheSame() throws IOException {
    List<int[]> ranges = PrintableCoverage.ranges(TestFonts.CHAIN);
    String table = PrintableCoverage.table(ranges);

    assertThat(ranges).hasSizeGreaterThan(100);
    try (var in = PrintableText.class.getResourceAsStream("printable-code-points.txt")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo(table);
    }
  }
}
