package dev.satpage.imagery.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.imagery.testing.Images;
import dev.satpage.model.failure.PermanentFailure;
import java.awt.Color;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** PNG tiles (Azure's documented imagery tile format) decode into the page like JPEGs, and are refused like them. */
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
    assertThat(ImageFormat.PNG.declaredSize(Images.png(512, 256, Color.RED))).containsExactly(512, 256);
    byte[] bomb = Images.png(16, 16, Color.RED);
    bomb[16] = 0x7F; // width 0x7F000010: a few bytes claiming a gigapixel
    assertThatThrownBy(() -> PngHeader.read(bomb))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> assertThat(e.reason()).isEqualTo("imagery-corrupt"));
  }

  @Test
  void wrongSize_truncatedOrNotAPng_isRefused() {
    byte[] png = Images.png(256, 256, Color.RED);
    PixelBuffer page = PixelBuffer.allocate(256, 256);

    assertThatThrownBy(() -> PngDecoder.decodeInto(png, 512, 512, page, 0, 0))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> assertThat(e.reason()).isEqualTo("imagery-wrong-size"));
    assertThatThrownBy(() -> PngDecoder.decodeInto(Arrays.copyOf(png, png.length / 2), 256, 256, page, 0, 0))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> assertThat(e.reason()).isEqualTo("imagery-corrupt"));
    assertThatThrownBy(() -> PngDecoder.decodeInto(Images.jpeg(256, 256, Color.RED), 256, 256, page, 0, 0))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> assertThat(e.reason()).isEqualTo("imagery-corrupt"));
  }
}
