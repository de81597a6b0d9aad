package dev.satpage.imagery.codec;

import static dev.satpage.imagery.testing.PngBuilder.png;
import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.imagery.testing.Images;
import dev.satpage.imagery.testing.PngBuilder;
import dev.satpage.imagery.testing.ReferencePng;
import dev.satpage.model.failure.FailureReason;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PNG decoder writes exactly the page that the JDK's reader plus a Java2D draw wrote before it
 * ({@link ReferencePng}), byte for byte: every colour type and bit depth, every filter type alone
 * and mixed, odd sizes, tRNS transparency, IDAT split many ways, placed inside the page, across
 * each edge and outside it, on a black and on a patterned page. Files come from {@link PngBuilder}
 * (each layout chosen explicitly) and from the JDK's own PNG writer.
 */
class PngEquivalenceTest {
  /** A 40x30 page; images of up to 37x23 placed so that every edge clips. */
  private static final int PAGE_W = 40;

  private static final int PAGE_H = 30;
  private static final int[][] PLACES = {
    {2, 3}, {-5, -7}, {PAGE_W - 9, PAGE_H - 4}, {-3, PAGE_H - 20}, {PAGE_W, 0}, {0, -100}
  };

  /** The builder's default: the five types in turn, row by row. */
  private static final int MIX = PngBuilder.ADAPTIVE - 1;

  static Stream<Arguments> layouts() {
    List<Arguments> cases = new ArrayList<>();
    int[][] types = {
      {0, 1}, {0, 2}, {0, 4}, {0, 8}, {0, 16}, {2, 8}, {2, 16}, {3, 1}, {3, 2}, {3, 4}, {3, 8},
      {4, 8}, {4, 16}, {6, 8}, {6, 16}
    };
    for (int[] t : types) {
      for (int filter = MIX; filter <= 4; filter++) { // 0-4 on every row, ADAPTIVE, or MIX
        cases.add(Arguments.of(t[0], t[1], filter));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "colour type {0}, depth {1}, filter {2}")
  @MethodSource("layouts")
  void everyLayout_matchesTheJdkReader(int colourType, int depth, int filter) {
    for (int[] size : new int[][] {{37, 23}, {1, 5}, {3, 2}}) {
      PngBuilder builder =
          png(size[0], size[1], colourType, depth).idatSize(size[0] == 37 ? 97 : 8192);
      if (filter != MIX) {
        builder.filters(y -> filter);
      }
      if (colourType == 3) {
        builder.palette(fullPalette(depth, 11));
      }
      String what = "type " + colourType + "/" + depth + " " + size[0] + "x" + size[1];
      if (colourType == 4
          && depth
              == 8) { // greyscale with alpha, decoded directly: see ReferencePng.drawnGreyAsSrgb
        assertSameAsSrgbGrey(builder.build(), what);
      } else {
        assertSamePage(builder.build(), what);
      }
    }
  }

  @Test
  void transparency_fromTrns_matches() {
    // Truecolour: the key colour is set on a diagonal, so some pixels match it exactly.
    PngBuilder rgb = png(37, 23, 2, 8).trns(new byte[] {0, 10, 0, 20, 0, 30});
    for (int y = 0; y < 23; y++) {
      int at = y * rgb.rowBytes() + (y % 37) * 3;
      rgb.rows()[at] = 10;
      rgb.rows()[at + 1] = 20;
      rgb.rows()[at + 2] = 30;
    }
    assertSamePage(rgb.build(), "truecolour with a tRNS key");
    // Indexed with partial alpha (and fewer alpha entries than palette entries: the rest are
    // opaque).
    byte[] alpha = new byte[200];
    for (int i = 0; i < alpha.length; i++) {
      alpha[i] = (byte) (i * 37);
    }
    assertSamePage(
        png(37, 23, 3, 8).palette(fullPalette(8, 5)).trns(alpha).build(),
        "indexed with tRNS alpha");
    assertSamePage(
        png(37, 23, 3, 2).palette(fullPalette(2, 6)).trns((byte) 0, (byte) 128).build(),
        "2-bit indexed with tRNS alpha");
    // Greyscale: one grey value is transparent; greyscale with alpha; both against the sRGB-grey
    // reference.
    PngBuilder grey = png(37, 23, 0, 8).trns((byte) 0, (byte) 40);
    grey.rows()[5] = 40;
    grey.rows()[100] = 40;
    assertSameAsSrgbGrey(grey.build(), "greyscale with a tRNS key");
    assertSameAsSrgbGrey(png(37, 23, 4, 8).build(), "greyscale with alpha");
  }

  @Test
  void filesOfTheJdkWriter_match_includingInterlacedOnes() {
    SplittableRandom random = new SplittableRandom(3);
    List<BufferedImage> images = new ArrayList<>();
    for (int type :
        new int[] {
          BufferedImage.TYPE_3BYTE_BGR,
          BufferedImage.TYPE_INT_RGB,
          BufferedImage.TYPE_4BYTE_ABGR,
          BufferedImage.TYPE_INT_ARGB,
          BufferedImage.TYPE_BYTE_GRAY,
          BufferedImage.TYPE_USHORT_GRAY,
          BufferedImage.TYPE_BYTE_BINARY,
          BufferedImage.TYPE_BYTE_INDEXED
        }) {
      BufferedImage image = new BufferedImage(37, 23, type);
      for (int y = 0; y < 23; y++) {
        for (int x = 0; x < 37; x++) {
          image.setRGB(
              x,
              y,
              random.nextInt(256) << 24 | (x * 7) << 16 | (y * 11) << 8 | random.nextInt(256));
        }
      }
      images.add(image);
    }
    byte[] twoBitLut = {0, 85, (byte) 170, (byte) 255};
    images.add(
        new BufferedImage(
            37,
            23,
            BufferedImage.TYPE_BYTE_BINARY,
            new IndexColorModel(
                2,
                4,
                twoBitLut,
                twoBitLut,
                twoBitLut,
                new byte[] {0, 90, (byte) 180, (byte) 255})));
    images.add(Images.noise(512, 512, 9)); // the size of an Azure tile
    for (BufferedImage image : images) {
      for (boolean interlaced : new boolean[] {false, true}) {
        assertSamePage(
            ReferencePng.write(image, interlaced),
            "JDK-written type " + image.getType() + (interlaced ? ", interlaced" : ""));
      }
    }
  }

  @Test
  void zeroLengthIdatChunks_andOneByteChunks_areJoinedTransparently() {
    assertSamePage(png(37, 23, 2, 8).idatSize(0).build(), "an empty IDAT before each 1-byte IDAT");
    assertSamePage(png(37, 23, 6, 8).idatSize(1).build(), "1-byte IDAT chunks");
  }

  @Test
  void theJdkReaderPath_theBenchmarksBaseline_drawsTheSamePage_andChecksTheSize() {
    byte[] png = png(37, 23, 6, 8).filters(y -> PngBuilder.ADAPTIVE).build();
    PixelBuffer direct = PixelBuffer.allocate(PAGE_W, PAGE_H);
    PixelBuffer jdk = PixelBuffer.allocate(PAGE_W, PAGE_H);

    PngDecoder.decodeInto(png, 37, 23, direct, -4, 9);
    PngDecoder.decodeIntoWithJdkReader(png, 37, 23, jdk, -4, 9);

    assertSameBytes(jdk.bgr(), direct.bgr(), "JDK reader path", new int[] {-4, 9});
    assertPermanent(
        FailureReason.IMAGERY_WRONG_SIZE,
        () -> PngDecoder.decodeIntoWithJdkReader(png, 38, 23, jdk, 0, 0));
  }

  /** Every place and both backgrounds: the decoder's page equals the reference's. */
  private static void assertSamePage(byte[] png, String what) {
    int[] size = ImageFormat.PNG.declaredSize(png);
    for (PixelBuffer background : backgrounds()) {
      for (int[] at : PLACES) {
        PixelBuffer page = ReferencePng.copy(background);
        PngDecoder.decodeInto(png, size[0], size[1], page, at[0], at[1]);
        assertSameBytes(page.bgr(), ReferencePng.drawn(png, background, at[0], at[1]), what, at);
      }
    }
  }

  private static void assertSameAsSrgbGrey(byte[] png, String what) {
    for (PixelBuffer background : backgrounds()) {
      for (int[] at : PLACES) {
        PixelBuffer page = ReferencePng.copy(background);
        int[] size = ImageFormat.PNG.declaredSize(png);
        PngDecoder.decodeInto(png, size[0], size[1], page, at[0], at[1]);
        assertSameBytes(
            page.bgr(), ReferencePng.drawnGreyAsSrgb(png, background, at[0], at[1]), what, at);
      }
    }
  }

  /**
   * Equal pages; a difference is reported as its first pixel and the number of bytes that differ.
   */
  private static void assertSameBytes(byte[] actual, byte[] expected, String what, int[] at) {
    int first = Arrays.mismatch(actual, expected);
    if (first >= 0) {
      long differing =
          IntStream.range(0, actual.length).filter(i -> actual[i] != expected[i]).count();
      int pixel = first / 3;
      assertThat(actual[first] & 0xFF)
          .as(
              "%s at %d,%d: page pixel %d,%d channel %d (%d bytes differ)",
              what, at[0], at[1], pixel % PAGE_W, pixel / PAGE_W, first % 3, differing)
          .isEqualTo(expected[first] & 0xFF);
    }
  }

  /** The page's black, and a pattern that shows how transparent pixels mix with what is there. */
  private static List<PixelBuffer> backgrounds() {
    PixelBuffer patterned = PixelBuffer.allocate(PAGE_W, PAGE_H);
    for (int i = 0; i < patterned.bgr().length; i++) {
      patterned.bgr()[i] = (byte) (i * 13 + 70);
    }
    return List.of(PixelBuffer.allocate(PAGE_W, PAGE_H), patterned);
  }

  /** 2^depth distinct colours, so every sample value is a palette index. */
  private static int[] fullPalette(int depth, int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] palette = new int[1 << depth];
    for (int i = 0; i < palette.length; i++) {
      palette[i] = random.nextInt(1 << 24);
    }
    return palette;
  }
}
