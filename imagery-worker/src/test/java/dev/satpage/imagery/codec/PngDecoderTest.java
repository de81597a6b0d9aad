package dev.satpage.imagery.codec;

import static dev.satpage.imagery.testing.PngBuilder.png;
import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.imagery.testing.Images;
import dev.satpage.imagery.testing.PngBuilder;
import dev.satpage.imagery.testing.ReferencePng;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * PNG tiles (Azure's documented imagery tile format) decode into the page like JPEGs, and are
 * refused like them: a datastream that breaks the PNG specification (https://www.w3.org/TR/png-3/)
 * is {@code imagery-corrupt} with a detail naming what is wrong, a well-formed one of another size
 * {@code imagery-wrong-size}.
 */
class PngDecoderTest {
  @Test
  void png_landsAtItsOffset_clippedToThePage() {
    PixelBuffer page = PixelBuffer.allocate(300, 300);

    PngDecoder.decodeInto(Images.png(256, 256, Color.RED), 256, 256, page, -100, 200);

    assertThat(new Color(page.image().getRGB(0, 250)).getRed()).isEqualTo(255);
    assertThat(new Color(page.image().getRGB(155, 299)).getRed()).isEqualTo(255);
    assertThat(page.image().getRGB(156, 250) & 0xFFFFFF).isZero(); // right of the tile: untouched
    assertThat(page.image().getRGB(0, 199) & 0xFFFFFF).isZero(); // above the tile: untouched
  }

  @Test
  void sizeIsReadFromIhdr_beforeDecoding() {
    assertThat(ImageFormat.PNG.declaredSize(Images.png(512, 256, Color.RED)))
        .containsExactly(512, 256);
    byte[] bomb = Images.png(16, 16, Color.RED);
    bomb[16] = 0x7F; // width 0x7F000010: a few bytes claiming a gigapixel
    assertPermanent(FailureReason.IMAGERY_CORRUPT, () -> PngHeader.read(bomb));
  }

  @Test
  void wrongSize_truncatedOrNotAPng_isRefused() {
    byte[] png = Images.png(256, 256, Color.RED);
    PixelBuffer page = PixelBuffer.allocate(256, 256);

    assertPermanent(
        FailureReason.IMAGERY_WRONG_SIZE, () -> PngDecoder.decodeInto(png, 512, 512, page, 0, 0));
    assertPermanent(
        FailureReason.IMAGERY_CORRUPT,
        () -> PngDecoder.decodeInto(Arrays.copyOf(png, png.length / 2), 256, 256, page, 0, 0));
    assertPermanent(
        FailureReason.IMAGERY_CORRUPT,
        () -> PngDecoder.decodeInto(Images.jpeg(256, 256, Color.RED), 256, 256, page, 0, 0));
  }

  @Test
  void aWrongSize_isReportedBeforeAnyCorruption() {
    byte[] png = png(20, 10, 2, 8).build();
    png[png.length - 20] ^= 1; // a CRC error in the image data

    assertRefused(png, 20, 20, FailureReason.IMAGERY_WRONG_SIZE, "image is 20x10, requested 20x20");
  }

  @Test
  void damagedChunks_areCorrupt_namingTheChunk() {
    byte[] png = png(37, 23, 6, 8).idatSize(500).build();
    int secondIdat = PngBuilder.offsetsOf(png, "IDAT").get(1);

    byte[] flipped = png.clone();
    flipped[secondIdat + 20] ^= 0x10;
    assertRefused(flipped, "PNG chunk IDAT at byte " + secondIdat + ": CRC");
    assertRefused(Arrays.copyOf(png, png.length - 12), "without an IEND chunk (truncated)");
    assertRefused(
        Arrays.copyOf(png, secondIdat + 100),
        "chunk IDAT at byte " + secondIdat + " declares 500 bytes");
    assertRefused(
        insert(png, secondIdat, PngBuilder.chunk("tEXt", "a\0b".getBytes())), "not consecutive");
    assertRefused(
        png(37, 23, 2, 8).withChunk("ABCD", new byte[3]).build(), "unknown critical chunk ABCD");
    byte[] noIdat = png(3, 2, 2, 8).build();
    int idat = PngBuilder.offsetsOf(noIdat, "IDAT").getFirst();
    assertRefused(Arrays.copyOfRange(noIdat, 0, idat), "without an IEND");
    assertRefused(
        insert(Arrays.copyOf(noIdat, idat), idat, PngBuilder.chunk("IEND", new byte[0])),
        "no IDAT chunk");
  }

  @Test
  void invalidHeaderFields_areCorrupt() {
    byte[] png = png(4, 4, 2, 8).build();

    assertRefused(PngBuilder.withIhdrByte(png, 8, 4), "colour type 2 with bit depth 4");
    assertRefused(PngBuilder.withIhdrByte(png, 9, 5), "colour type 5 with bit depth 8");
    assertRefused(PngBuilder.withIhdrByte(png, 10, 1), "compression method 1");
    assertRefused(PngBuilder.withIhdrByte(png, 11, 1), "filter method 1");
    assertRefused(PngBuilder.withIhdrByte(png, 12, 2), "interlace method 2");
  }

  @Test
  void badImageData_isCorrupt() {
    assertRefused(
        png(37, 23, 2, 8).filters(y -> y == 3 ? 5 : 1).build(), "row 3 has filter type 5");
    assertRefused(
        png(37, 23, 2, 8).editZlib(z -> Arrays.copyOf(z, z.length - 30)).build(),
        "truncated zlib stream");
    assertRefused(
        png(37, 23, 2, 8).editZlib(z -> Arrays.copyOf(z, z.length - 2)).build(),
        "without its checksum");
    assertRefused(
        png(37, 23, 2, 8).editZlib(PngDecoderTest::flipLast).build(), "incorrect data check");
    assertRefused(
        png(37, 23, 2, 8).editZlib(z -> new byte[] {0x78, (byte) 0x9C, (byte) 0xFF, 0}).build(),
        "invalid block type");
    assertRefused(
        png(37, 23, 2, 8).declaredHeight(22).build(), "image data is longer than its 37x22 image");
    assertRefused(png(37, 23, 2, 8).declaredHeight(24).build(), "image data ends in row 23 of 24");
  }

  @Test
  void paletteRules_areChecked_andAnIndexBeyondThePalette_isOpaqueBlack() {
    assertRefused(png(8, 4, 3, 8).build(), "indexed-colour PNG without a PLTE chunk");
    assertRefused(
        png(8, 4, 3, 2).palette(1, 2, 3, 4, 5).build(), "PLTE chunk of 15 bytes for bit depth 2");
    assertRefused(
        png(8, 4, 3, 8).palette(1, 2).trns((byte) 1, (byte) 2, (byte) 3).build(),
        "tRNS chunk of 3 bytes does not fit colour type 3 with 2 palette entries");
    assertRefused(png(8, 4, 0, 8).palette(1).build(), "greyscale PNG with a PLTE chunk");

    PngBuilder outOfRange = png(3, 1, 3, 8).palette(0x102030, 0x405060);
    outOfRange.rows()[0] = 1;
    outOfRange.rows()[1] =
        7; // no entry 7: the third edition requires opaque black (#13Decoders.Errors)
    outOfRange.rows()[2] = 0;
    PixelBuffer page = PixelBuffer.allocate(3, 1);
    Arrays.fill(page.bgr(), (byte) 200);
    PngDecoder.decodeInto(outOfRange.build(), 3, 1, page, 0, 0);
    assertThat(page.bgr()).containsExactly(0x60, 0x50, 0x40, 0, 0, 0, 0x30, 0x20, 0x10);
  }

  @Test
  void unknownAncillaryChunks_andBytesAfterIend_areIgnored() {
    PngBuilder builder = png(37, 23, 2, 8);
    byte[] plain = builder.build();
    byte[] withExtras = builder.withChunk("zzZz", new byte[] {1, 2, 3}).build();
    byte[] trailing = Arrays.copyOf(plain, plain.length + 5);

    assertThat(decode(withExtras)).isEqualTo(decode(plain));
    assertThat(decode(trailing)).isEqualTo(decode(plain));
  }

  @Test
  void aDecodeAfterACorruptOne_isUnaffected() {
    byte[] good = png(37, 23, 6, 8).build();
    byte[] expected = ReferencePng.drawn(good, PixelBuffer.allocate(37, 23), 0, 0);
    for (int i = 0; i < 3; i++) { // the same pooled inflater is reused after each failure
      assertRefused(
          png(37, 23, 6, 8).editZlib(z -> Arrays.copyOf(z, z.length / 2)).build(), "truncated");
      assertThat(decode(good)).isEqualTo(expected);
    }
  }

  private static byte[] decode(byte[] png) {
    int[] size = ImageFormat.PNG.declaredSize(png);
    PixelBuffer page = PixelBuffer.allocate(size[0], size[1]);
    PngDecoder.decodeInto(png, size[0], size[1], page, 0, 0);
    return page.bgr();
  }

  private static void assertRefused(byte[] png, String detail) {
    int[] size = ImageFormat.PNG.declaredSize(png);
    assertRefused(png, size[0], size[1], FailureReason.IMAGERY_CORRUPT, detail);
  }

  private static void assertRefused(
      byte[] png, int width, int height, FailureReason reason, String detail) {
    PermanentFailure e =
        assertPermanent(
            reason,
            () -> PngDecoder.decodeInto(png, width, height, PixelBuffer.allocate(40, 30), 0, 0));
    assertThat(e.detail()).contains(detail);
  }

  private static byte[] insert(byte[] png, int at, byte[] chunk) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, at);
    out.writeBytes(chunk);
    out.write(png, at, png.length - at);
    return out.toByteArray();
  }

  private static byte[] flipLast(byte[] zlib) {
    byte[] copy = zlib.clone();
    copy[copy.length - 1] ^= 1;
    return copy;
  }
}
