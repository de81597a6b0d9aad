package dev.satpage.model.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The table itself is checked against the fonts in render-worker's FontChainTest; here, what the
 * check answers.
 */
class PrintableTextTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ada",
        "Zoë O’Brien-Ørsted",
        "太郎",
        "さくら",
        "서연",
        "محمد",
        "דוד",
        "अनीता",
        "தமிழ்",
        "Ελένη",
        "Анастасия",
        "ნინო",
        "አበበ",
        "สมชาย"
      })
  void namesInTheScriptsCustomersWrite_arePrintable(String name) {
    assertThat(PrintableText.firstUnprintable(name)).isEmpty();
  }

  @Test
  void cuneiformAndLinearB_areNot_andTheReasonNamesTheCharacterAndItsScript() {
    assertThat(PrintableText.firstUnprintable("Ada 𒀀")).contains(0x12000);
    assertThat(PrintableText.describe(0x12000))
        .isEqualTo("U+12000 CUNEIFORM SIGN A (script Cuneiform)");
    assertThat(PrintableText.firstUnprintable("𐀀")).contains(0x10000);
    assertThat(PrintableText.describe(0x10000)).contains("script Linear B");
  }

  @Test
  void nameCharacters_areExactlyThoseTheNamePatternAllows() {
    Pattern pattern = Pattern.compile("[\\p{L}\\p{M} '’.-]");
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (pattern.matcher(Character.toString(cp)).matches()
          != Personalisation.isNameCharacter(cp)) {
        throw new AssertionError(PrintableText.describe(cp) + " disagrees");
      }
    }
  }

  @Test
  void theTable_acceptsOnlyNameCharacters_andTensOfThousandsOfThem() {
    assertThat(PrintableText.nameCharacters().allMatch(Personalisation::isNameCharacter)).isTrue();
    assertThat(PrintableText.nameCharacters().count()).isGreaterThan(40_000);
    assertThat(
            PrintableText.nameCharacters()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .count())
        .as("Han ideographs")
        .isGreaterThan(20_000);
  }
}
