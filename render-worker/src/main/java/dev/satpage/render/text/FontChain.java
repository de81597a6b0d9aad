package dev.satpage.render.text;

import static java.lang.Character.UnicodeScript.*;

import dev.satpage.model.book.PrintableText;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fonts text is set in, preview and print alike, in the order a character looks for its glyph:
 * the template's font (if it names one), the bundled DejaVu Sans Bold, then Noto fonts from Debian
 * packages for the other scripts. A character takes the first font made for its script that has it,
 * else the first font that has it; a space, an apostrophe or a combining mark stays in the font of
 * the character before it, so a word is shaped in one font.
 *
 * <p>The files, all SIL Open Font License 1.1 (/usr/share/doc/&lt;package&gt;/copyright), from
 * Debian bookworm, the distribution of this machine and of the render worker's container base image
 * (package pages read 2026-12-02):
 *
 * <ul>
 *   <li>{@code fonts-noto-core} 20201225-1, https://packages.debian.org/bookworm/fonts-noto-core —
 *       Noto Sans and the Noto Sans &lt;script&gt; Bold TrueType fonts under {@code
 *       /usr/share/fonts/truetype/noto/};
 *   <li>{@code fonts-noto-cjk} 1:20220127+repack1-1,
 *       https://packages.debian.org/bookworm/fonts-noto-cjk — Noto Sans CJK Bold, {@code
 *       /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc} (CFF outlines: Java2D reads them, and
 *       the PDF needs no font program because text is written as outlines, see {@code PdfText}).
 * </ul>
 *
 * A missing file stops the worker at start-up naming the package to install; so does a chain that
 * does not cover every name character the producer accepts ({@link PrintableText}).
 */
public final class FontChain {
  /** Where Debian installs font files. */
  public static final Path DEBIAN_FONTS = Path.of("/usr/share/fonts");

  static final String NOTO_CORE = "fonts-noto-core";
  static final String NOTO_CJK = "fonts-noto-cjk";
  private static final String NOTO = "truetype/noto/";

  /** The system part of the chain, in order; every path is relative to {@link #DEBIAN_FONTS}. */
  static final List<FontFile> FILES =
      List.of(
          FontFile.single(NOTO + "NotoSans-Bold.ttf", NOTO_CORE, LATIN, GREEK, CYRILLIC),
          FontFile.single(NOTO + "NotoSansArabic-Bold.ttf", NOTO_CORE, ARABIC),
          FontFile.single(NOTO + "NotoSansHebrew-Bold.ttf", NOTO_CORE, HEBREW),
          FontFile.single(NOTO + "NotoSansArmenian-Bold.ttf", NOTO_CORE, ARMENIAN),
          FontFile.single(NOTO + "NotoSansGeorgian-Bold.ttf", NOTO_CORE, GEORGIAN),
          FontFile.single(NOTO + "NotoSansEthiopic-Bold.ttf", NOTO_CORE, ETHIOPIC),
          FontFile.single(NOTO + "NotoSansThaana-Bold.ttf", NOTO_CORE, THAANA),
          FontFile.single(NOTO + "NotoSansDevanagari-Bold.ttf", NOTO_CORE, DEVANAGARI),
          FontFile.single(NOTO + "NotoSansBengali-Bold.ttf", NOTO_CORE, BENGALI),
          FontFile.single(NOTO + "NotoSansGurmukhi-Bold.ttf", NOTO_CORE, GURMUKHI),
          FontFile.single(NOTO + "NotoSansGujarati-Bold.ttf", NOTO_CORE, GUJARATI),
          FontFile.single(NOTO + "NotoSansOriya-Bold.ttf", NOTO_CORE, ORIYA),
          FontFile.single(NOTO + "NotoSansTamil-Bold.ttf", NOTO_CORE, TAMIL),
          FontFile.single(NOTO + "NotoSansTelugu-Bold.ttf", NOTO_CORE, TELUGU),
          FontFile.single(NOTO + "NotoSansKannada-Bold.ttf", NOTO_CORE, KANNADA),
          FontFile.single(NOTO + "NotoSansMalayalam-Bold.ttf", NOTO_CORE, MALAYALAM),
          FontFile.single(NOTO + "NotoSansSinhala-Bold.ttf", NOTO_CORE, SINHALA),
          FontFile.single(NOTO + "NotoSansThai-Bold.ttf", NOTO_CORE, THAI),
          FontFile.single(NOTO + "NotoSansLao-Bold.ttf", NOTO_CORE, LAO),
          FontFile.single(NOTO + "NotoSansKhmer-Bold.ttf", NOTO_CORE, KHMER),
          FontFile.single(NOTO + "NotoSansMyanmar-Bold.ttf", NOTO_CORE, MYANMAR),
          FontFile.single(NOTO + "NotoSansCherokee-Bold.ttf", NOTO_CORE, CHEROKEE),
          FontFile.single(
              NOTO + "NotoSansCanadianAboriginal-Bold.ttf", NOTO_CORE, CANADIAN_ABORIGINAL),
          FontFile.single(NOTO + "NotoSansAdlam-Bold.ttf", NOTO_CORE, ADLAM),
          FontFile.single(NOTO + "NotoSansBalinese-Bold.ttf", NOTO_CORE, BALINESE),
          FontFile.single(NOTO + "NotoSansBamum-Bold.ttf", NOTO_CORE, BAMUM),
          FontFile.single(NOTO + "NotoSansCham-Bold.ttf", NOTO_CORE, CHAM),
          FontFile.single(NOTO + "NotoSansHanifiRohingya-Bold.ttf", NOTO_CORE, HANIFI_ROHINGYA),
          FontFile.single(NOTO + "NotoSansJavanese-Bold.ttf", NOTO_CORE, JAVANESE),
          FontFile.single(NOTO + "NotoSansKayahLi-Bold.ttf", NOTO_CORE, KAYAH_LI),
          FontFile.single(NOTO + "NotoSansLisu-Bold.ttf", NOTO_CORE, LISU),
          FontFile.single(NOTO + "NotoSansMedefaidrin-Bold.ttf", NOTO_CORE, MEDEFAIDRIN),
          FontFile.single(NOTO + "NotoSansMeeteiMayek-Bold.ttf", NOTO_CORE, MEETEI_MAYEK),
          FontFile.single(NOTO + "NotoSansOlChiki-Bold.ttf", NOTO_CORE, OL_CHIKI),
          FontFile.single(NOTO + "NotoSansSoraSompeng-Bold.ttf", NOTO_CORE, SORA_SOMPENG),
          FontFile.single(NOTO + "NotoSansSundanese-Bold.ttf", NOTO_CORE, SUNDANESE),
          FontFile.single(NOTO + "NotoSansTaiTham-Bold.ttf", NOTO_CORE, TAI_THAM),
          // One collection, one face per region: Simplified Chinese by default, Japanese when the
          // line has kana, Korean when it has hangul (the same Han character has regional forms).
          new FontFile(
              "opentype/noto/NotoSansCJK-Bold.ttc",
              NOTO_CJK,
              Set.of(HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO),
              List.of("NotoSansCJKsc-Bold", "NotoSansCJKjp-Bold", "NotoSansCJKkr-Bold"),
              List.of(Set.of(HIRAGANA, KATAKANA), Set.of(HANGUL))));

  /**
   * The bundled house font (Bitstream Vera licence, fonts/DejaVuSans-LICENSE.txt): Latin, Greek,
   * Cyrillic.
   */
  private static final String BUNDLED = "/fonts/DejaVuSans-Bold.ttf";

  private static final int MAX_TEMPLATE_FONTS = 16;

  private final ChainFont bundled;
  private final List<ChainFont> system;
  private final Map<String, ChainFont> templateFonts = new LinkedHashMap<>(16, 0.75f, true);

  private FontChain(ChainFont bundled, List<ChainFont> system) {
    this.bundled = bundled;
    this.system = system;
  }

  /** Loads the chain from Debian's font folder; see {@link #load(Path)}. */
  public static FontChain load() {
    return load(DEBIAN_FONTS);
  }

  /**
   * Loads the bundled font and every file of {@link #FILES} under {@code root}, then checks that
   * together they cover every name character the producer accepts.
   *
   * @throws IllegalStateException naming the Debian package of a missing file, or the first
   *     accepted character no font covers
   */
  public static FontChain load(Path root) {
    List<ChainFont> system = new ArrayList<>();
    for (FontFile file : FILES) {
      system.add(file.load(root));
    }
    FontChain chain = new FontChain(bundledFont(), List.copyOf(system));
    PrintableText.nameCharacters()
        .filter(cp -> !chain.covers(cp))
        .findFirst()
        .ifPresent(
            cp -> {
              throw new IllegalStateException(
                  "the print fonts under "
                      + root
                      + " do not cover "
                      + PrintableText.describe(cp)
                      + ", which the producer accepts in a name: the installed font packages ("
                      + NOTO_CORE
                      + ", "
                      + NOTO_CJK
                      + ") differ from those shared-model's printable-code-points.txt was generated from");
            });
    return chain;
  }

  /**
   * Whether some font of the default chain (no template font) has a glyph for {@code codePoint}.
   */
  public boolean covers(int codePoint) {
    return defaultChain().stream().anyMatch(f -> f.covers(codePoint));
  }

  /**
   * A typesetter for a book: {@code templateFont} (the template's font file, or null for the
   * bundled font) first, text laid out in {@code direction}, the book's paragraph direction.
   *
   * @throws PermanentFailure {@code invalid-template} if the template's font cannot be read
   */
  public Typesetter typesetter(byte[] templateFont, String fontName, TextDirection direction) {
    if (templateFont == null) {
      return new Typesetter(defaultChain(), direction);
    }
    List<ChainFont> fonts = new ArrayList<>();
    fonts.add(templateFont(templateFont, fontName));
    fonts.addAll(defaultChain());
    return new Typesetter(fonts, direction);
  }

  private List<ChainFont> defaultChain() {
    List<ChainFont> fonts = new ArrayList<>(system.size() + 1);
    fonts.add(bundled);
    fonts.addAll(system);
    return fonts;
  }

  /**
   * Template fonts by content: every job loads its template afresh, and Font.createFont copies to a
   * temp file.
   */
  private ChainFont templateFont(byte[] bytes, String name) {
    String key = sha256(bytes);
    synchronized (templateFonts) {
      ChainFont cached = templateFonts.get(key);
      if (cached != null) {
        return cached;
      }
    }
    ChainFont loaded;
    try {
      loaded = primary(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)), name);
    } catch (IOException | FontFormatException | RuntimeException e) {
      throw new PermanentFailure(
          FailureReason.INVALID_TEMPLATE,
          "font " + name + " is not a usable TrueType font: " + e.getMessage(),
          e);
    }
    synchronized (templateFonts) {
      templateFonts.put(key, loaded);
      if (templateFonts.size() > MAX_TEMPLATE_FONTS) {
        templateFonts.remove(templateFonts.keySet().iterator().next());
      }
    }
    return loaded;
  }

  private static ChainFont bundledFont() {
    try (InputStream in = FontChain.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("font resource " + BUNDLED + " is missing from the build");
      }
      return primary(Font.createFont(Font.TRUETYPE_FONT, in), "DejaVuSans-Bold.ttf (bundled)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("cannot load font " + BUNDLED, e);
    }
  }

  /** A house font: the first choice for Latin, Greek and Cyrillic. */
  private static ChainFont primary(Font font, String source) {
    return new ChainFont(source, Set.of(LATIN, GREEK, CYRILLIC), List.of(font), List.of());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
