package dev.satpage.imagery.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.imagery.testing.Images;
import dev.satpage.model.image.JpegFrame;
import java.awt.Color;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JfifTest {
  @Test
  void ensureDensity_patchesAJfifHeaderInPlace() {
    byte[] jpeg = Images.jpeg(32, 24, Color.ORANGE);

    byte[] result = Jfif.ensureDensity(jpeg, 300);

    assertThat(result).isSameAs(jpeg).hasSize(jpeg.length);
    assertThat(density(result)).isEqualTo(300);
  }

  @Test
  void ensureDensity_insertsAJfifHeaderWhenTheJpegHasNone() {
    byte[] jfif = Images.jpeg(32, 24, Color.ORANGE);
    // The same JPEG without its APP0 segment (FF E0 + 16 bytes), as a provider may send it.
    byte[] bare = new byte[jfif.length - 18];
    System.arraycopy(jfif, 0, bare, 0, 2);
    System.arraycopy(jfif, 20, bare, 2, jfif.length - 20);

    byte[] result = Jfif.ensureDensity(bare, 300);

    assertThat(result).hasSize(jfif.length);
    assertThat(density(result)).isEqualTo(300);
    assertThat(Arrays.copyOfRange(result, 20, result.length)).isEqualTo(Arrays.copyOfRange(bare, 2, bare.length));
    assertThat(JpegFrame.read(result)).isEqualTo(JpegFrame.read(jfif));
    PixelBuffer decoded = PixelBuffer.allocate(32, 24);
    new ImageIoJpegCodec().decodeInto(result, 32, 24, decoded, 0, 0);
    assertThat(new Color(decoded.image().getRGB(16, 12)).getRed()).isGreaterThan(240);
  }

  private static int density(byte[] jpeg) {
    assertThat(new String(jpeg, 6, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("JFIF");
    assertThat(jpeg[13]).isEqualTo((byte) 1);
    return ((jpeg[14] & 0xFF) << 8) | (jpeg[15] & 0xFF);
  }
}
