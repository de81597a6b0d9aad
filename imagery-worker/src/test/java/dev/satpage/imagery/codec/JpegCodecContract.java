package dev.satpage.imagery.codec;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.imagery.testing.Images;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.awt.Color;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What every {@link JpegCodec} adapter must do; run against ImageIO and TurboJPEG. */
abstract class JpegCodecContract {
  abstract JpegCodec codec();

  @Test
  void encodeThenDecode_keepsSizeAndColour() {
    byte[] jpeg =
        codec().encode(PixelBuffer.of(Images.solid(300, 200, new Color(40, 120, 200))), 90, 300);

    assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
    PixelBuffer page = PixelBuffer.allocate(300, 200);
    codec().decodeInto(jpeg, 300, 200, page, 0, 0);
    Color c = new Color(page.image().getRGB(150, 100));
    assertThat(c.getRed()).isBetween(36, 44);
    assertThat(c.getGreen()).isBetween(116, 124);
    assertThat(c.getBlue()).isBetween(196, 204);
  }

  @Test
  void encodedJpeg_declares300PpiInItsJfifHeader() {
    byte[] jpeg = codec().encode(PixelBuffer.of(Images.solid(64, 48, Color.GRAY)), 90, 300);

    assertThat(new String(jpeg, 6, 4, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("JFIF");
    assertThat(jpeg[13]).isEqualTo((byte) 1); // dots per inch
    assertThat(((jpeg[14] & 0xFF) << 8) | (jpeg[15] & 0xFF)).isEqualTo(300);
    assertThat(((jpeg[16] & 0xFF) << 8) | (jpeg[17] & 0xFF)).isEqualTo(300);
  }

  @Test
  void lowerQuality_makesSmallerFiles() {
    PixelBuffer noise = PixelBuffer.of(Images.noise(256, 256, 1));
    assertThat(codec().encode(noise, 60, 72).length)
        .isLessThan(codec().encode(noise, 90, 72).length);
  }

  @Test
  void decodeInto_placesTheImageAtItsOffset_andClipsAtThePageEdges() {
    byte[] red = Images.jpeg(16, 16, Color.RED);
    PixelBuffer page = PixelBuffer.allocate(40, 30);

    codec().decodeInto(red, 16, 16, page, 10, 5); // inside
    codec().decodeInto(red, 16, 16, page, -8, -8); // top-left corner: only 8x8 shows
    codec().decodeInto(red, 16, 16, page, 32, 22); // bottom-right corner: only 8x8 shows

    assertThat(isRed(page, 10, 5)).isTrue();
    assertThat(isRed(page, 25, 20)).isTrue();
    assertThat(isRed(page, 9, 5)).isFalse();
    assertThat(isRed(page, 26, 21)).isFalse();
    assertThat(isRed(page, 0, 0)).isTrue();
    assertThat(isRed(page, 7, 7)).isTrue();
    assertThat(isRed(page, 8, 8)).isFalse();
    assertThat(isRed(page, 39, 29)).isTrue();
    assertThat(isRed(page, 31, 21)).isFalse();
  }

  @Test
  void imageOfTheWrongSize_isAPermanentFailure() {
    byte[] jpeg = Images.jpeg(14, 10, Color.GREEN);

    PermanentFailure e =
        assertPermanent(
            FailureReason.IMAGERY_WRONG_SIZE,
            () -> codec().decodeInto(jpeg, 14, 11, PixelBuffer.allocate(20, 20), 0, 0));
    assertThat(e.detail()).contains("14x10", "14x11");
  }

  @Test
  void absurdHeaderDimensions_areRefusedBeforeDecoding() {
    byte[] jpeg = Images.jpeg(16, 16, Color.BLUE);
    patchSofDimensions(jpeg, 60000, 60000);

    PermanentFailure e =
        assertPermanent(
            FailureReason.IMAGERY_CORRUPT,
            () -> codec().decodeInto(jpeg, 60000, 60000, PixelBuffer.allocate(8, 8), 0, 0));
    assertThat(e.detail()).contains("60000x60000");
  }

  @Test
  void truncatedJpeg_isCorrupt() {
    byte[] jpeg = codec().encode(PixelBuffer.of(Images.noise(400, 300, 2)), 90, 72);
    byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);

    assertPermanent(
        FailureReason.IMAGERY_CORRUPT,
        () -> codec().decodeInto(truncated, 400, 300, PixelBuffer.allocate(400, 300), 0, 0));
  }

  @Test
  void garbage_isCorrupt() {
    byte[] garbage = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5, 6, 7, 8};

    assertPermanent(
        FailureReason.IMAGERY_CORRUPT,
        () -> codec().decodeInto(garbage, 8, 8, PixelBuffer.allocate(8, 8), 0, 0));
  }

  @Test
  void preview_fitsTheWidth_keepingTheAspectRatio() {
    PixelBuffer preview =
        codec().preview(PixelBuffer.of(Images.solid(4000, 3000, Color.GREEN)), 1000);

    assertThat(preview.width()).isEqualTo(1000);
    assertThat(preview.height()).isEqualTo(750);
    assertThat(new Color(preview.image().getRGB(500, 375)).getGreen()).isGreaterThan(240);
  }

  private static boolean isRed(PixelBuffer page, int x, int y) {
    Color c = new Color(page.image().getRGB(x, y));
    return c.getRed() > 200 && c.getGreen() < 60 && c.getBlue() < 60;
  }

  /** Rewrites the height and width of the first SOF0 segment (FF C0 len P Y Y X X). */
  static void patchSofDimensions(byte[] jpeg, int width, int height) {
    for (int i = 2; i < jpeg.length - 9; i++) {
      if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
        jpeg[i + 5] = (byte) (height >> 8);
        jpeg[i + 6] = (byte) height;
        jpeg[i + 7] = (byte) (width >> 8);
        jpeg[i + 8] = (byte) width;
        return;
      }
    }
    throw new IllegalStateException("no SOF0 marker");
  }
}
