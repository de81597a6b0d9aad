package dev.satpage.imagery.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.imagery.testing.Images;
import dev.satpage.model.failure.PermanentFailure;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageIoJpegCodecTest {
  private final ImageIoJpegCodec codec = new ImageIoJpegCodec();

  @Test
  void encodeThenDecode_keepsSizeAndColour() {
    byte[] jpeg = codec.encode(Images.solid(300, 200, new Color(40, 120, 200)), JpegCodec.PRINT_QUALITY);

    assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
    BufferedImage decoded = codec.decode(jpeg);
    assertThat(decoded.getWidth()).isEqualTo(300);
    assertThat(decoded.getHeight()).isEqualTo(200);
    Color c = new Color(decoded.getRGB(150, 100));
    assertThat(c.getRed()).isBetween(36, 44);
    assertThat(c.getGreen()).isBetween(116, 124);
    assertThat(c.getBlue()).isBetween(196, 204);
  }

  @Test
  void lowerQuality_makesSmallerFiles() {
    BufferedImage noise = new BufferedImage(256, 256, BufferedImage.TYPE_3BYTE_BGR);
    java.util.SplittableRandom random = new java.util.SplittableRandom(1);
    for (int y = 0; y < 256; y++) {
      for (int x = 0; x < 256; x++) {
        noise.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    assertThat(codec.encode(noise, JpegCodec.PREVIEW_QUALITY).length).isLessThan(codec.encode(noise, JpegCodec.PRINT_QUALITY).length);
  }

  @Test
  void absurdHeaderDimensions_areRefusedBeforeDecoding() {
    byte[] jpeg = codec.encode(Images.solid(16, 16, Color.BLUE), 0.9f);
    patchSofDimensions(jpeg, 60000, 60000);

    assertThatThrownBy(() -> codec.decode(jpeg))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> {
          assertThat(e.reason()).isEqualTo("imagery-corrupt");
          assertThat(e.detail()).contains("60000x60000");
        });
  }

  @Test
  void truncatedJpeg_isCorrupt() {
    byte[] jpeg = codec.encode(Images.solid(400, 300, Color.ORANGE), 0.9f);
    byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);

    assertThatThrownBy(() -> codec.decode(truncated))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> assertThat(e.reason()).isEqualTo("imagery-corrupt"));
  }

  @Test
  void garbage_isCorrupt() {
    byte[] garbage = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5, 6, 7, 8};

    assertThatThrownBy(() -> codec.decode(garbage))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> assertThat(e.reason()).isEqualTo("imagery-corrupt"));
  }

  /** Rewrites the height and width of the first SOF0 segment (FF C0 len P Y Y X X). */
  private static void patchSofDimensions(byte[] jpeg, int width, int height) {
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
