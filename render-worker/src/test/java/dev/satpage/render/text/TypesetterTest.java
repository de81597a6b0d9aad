package dev.satpage.render.text;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Glyph positions and fonts read from the laid-out line itself, not from pixels. */
class TypesetterTest {
  private static final Typesetter LTR = TestFonts.CHAIN.typesetter(null, null, TextDirection.LTR);
  private static final Typesetter RTL = TestFonts.CHAIN.typesetter(null, null, TextDirection.RTL);

  /** "David" in Hebrew, "Muhammad" in Arabic: three and four letters before "'s World". */
  @ParameterizedTest
  @ValueSource(strings = {"דוד", "محمد"})
  void aRightToLeftName_inALeftToRightTitle_staysFirst_itsLettersRightToLeft(String name) {
    SetLine line = LTR.set(name + "'s World");
    int n = name.length();

    // The English title reads left to right: the whole name, then "'s World" to its right.
    double nameRight = 0;
    for (int i = 0; i < n; i++) {
      nameRight = Math.max(nameRight, box(line, i).getMaxX());
      assertThat(line.isRightToLeft(i)).isTrue();
    }
    assertThat(box(line, n + 3).getMinX())
        .as("'W' after the name")
        .isGreaterThanOrEqualTo(nameRight - 0.01);
    assertThat(line.isRightToLeft(n + 3)).isFalse();
    assertThat(box(line, 0).getMinX())
        .as("the name starts the line")
        .isLessThan(box(line, n + 3).getMinX());
    // Inside the name, right to left: its first letter is rightmost, its last leftmost.
    for (int i = 1; i < n; i++) {
      assertThat(box(line, i).getCenterX())
          .as("letter %d left of letter %d", i, i - 1)
          .isLessThan(box(line, i - 1).getCenterX());
    }
  }

  @Test
  void theParagraphDirection_comesFromTheBook_notFromTheName() {
    String title = "דוד's World";

    SetLine english = LTR.set(title);
    SetLine hebrewBook = RTL.set(title);

    // Same characters; only the book's direction differs. In a right-to-left book "World" would
    // come first (leftmost), which is what guessing the direction from the name's first letter did
    // to the English title.
    assertThat(box(english, 0).getCenterX()).isLessThan(box(english, 6).getCenterX());
    assertThat(box(hebrewBook, 0).getCenterX()).isGreaterThan(box(hebrewBook, 6).getCenterX());
  }

  @Test
  void arabicLetters_join_inTheirContextualForms() {
    // The same letters in the same font, once as a word and once with ZERO WIDTH NON-JOINER between
    // them (which forbids joining, so each keeps its isolated form). Joined, Muhammad sits on the
    // baseline; isolated, ha and meem hang their tails below it. Two beh joined are one short
    // stroke; isolated, two wide bowls.
    Rectangle2D word = LTR.set("محمد").outline(100, 0, 0).getBounds2D();
    Rectangle2D isolated = LTR.set("م\u200Cح\u200Cم\u200Cد").outline(100, 0, 0).getBounds2D();
    assertThat(word.getMaxY()).as("depth below the baseline").isLessThan(isolated.getMaxY() * 0.5);
    assertThat(LTR.set("بب").advance(100)).isLessThan(LTR.set("ب\u200Cب").advance(100) * 0.8f);
    assertThat(LTR.set("محمد").fontName(0)).isEqualTo("NotoSansArabic-Bold");
  }

  @Test
  void devanagari_formsConjuncts() {
    // क + ् + ष is the conjunct क्ष, one glyph narrower than क् and ष set apart.
    float conjunct = LTR.set("क्ष").advance(100);
    float apart = LTR.set("क्").advance(100) + LTR.set("ष").advance(100);

    assertThat(conjunct).isLessThan(apart * 0.85f);
    assertThat(LTR.set("क्ष").fontName(0)).isEqualTo("NotoSansDevanagari-Bold");
  }

  @Test
  void eachScript_takesItsOwnFont_andNeutralsStayWithTheWordBeforeThem() {
    SetLine line = LTR.set("Ada دان 太郎");

    assertThat(line.fontName(0)).isEqualTo("DejaVuSans-Bold");
    assertThat(line.fontName(4)).isEqualTo("NotoSansArabic-Bold");
    assertThat(line.fontName(7))
        .as("the space after the Arabic word")
        .isEqualTo("NotoSansArabic-Bold");
    assertThat(line.fontName(8)).isEqualTo("NotoSansCJKsc-Bold");
  }

  @Test
  void hanTakesTheRegionalFace_ofTheKanaOrHangulBesideIt() {
    assertThat(LTR.set("山田はな").fontName(0)).isEqualTo("NotoSansCJKjp-Bold");
    assertThat(LTR.set("金서연").fontName(0)).isEqualTo("NotoSansCJKkr-Bold");
    assertThat(LTR.set("王芳").fontName(0)).isEqualTo("NotoSansCJKsc-Bold");
  }

  @Test
  void aTemplateFont_comesFirst_andTheChainStillCoversTheRest() throws Exception {
    byte[] notoSans =
        java.nio.file.Files.readAllBytes(
            FontChain.DEBIAN_FONTS.resolve("truetype/noto/NotoSans-Bold.ttf"));
    Typesetter template =
        TestFonts.CHAIN.typesetter(notoSans, "fonts/NotoSans-Bold.ttf", TextDirection.LTR);

    SetLine line = template.set("Ada 太郎");

    assertThat(line.fontName(0)).isEqualTo("NotoSans-Bold");
    assertThat(line.fontName(4)).isEqualTo("NotoSansCJKsc-Bold");
  }

  @Test
  void aTemplateFontThatIsNotAFont_isAnInvalidTemplate() {
    PermanentFailure f =
        assertPermanent(
            FailureReason.INVALID_TEMPLATE,
            () ->
                TestFonts.CHAIN.typesetter(
                    new byte[] {1, 2, 3}, "fonts/broken.ttf", TextDirection.LTR));
    assertThat(f.detail()).contains("fonts/broken.ttf");
  }

  @Test
  void aCharacterNoFontHas_isUnprintableText_namingItsScript() {
    PermanentFailure f =
        assertPermanent(FailureReason.UNPRINTABLE_TEXT, () -> LTR.set("Linear B 𐀀"));
    assertThat(f.detail()).contains("U+10000", "Linear B");
  }

  @Test
  void layout_scalesLinearly_soPreviewAndPrintAgreeAtAnySize() {
    SetLine line = LTR.set("Ada's World");

    assertThat(line.advance(50))
        .isCloseTo(line.advance(100) / 2, org.assertj.core.data.Offset.offset(0.001f));
    Rectangle2D small = line.outline(10, 0, 0).getBounds2D();
    Rectangle2D large = line.outline(40, 0, 0).getBounds2D();
    assertThat(large.getWidth())
        .isCloseTo(small.getWidth() * 4, org.assertj.core.data.Offset.offset(0.01));
  }

  private static Rectangle2D box(SetLine line, int charIndex) {
    return line.charBox(charIndex, 100);
  }
}
