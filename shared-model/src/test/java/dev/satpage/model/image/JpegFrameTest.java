package dev.satpage.model.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class JpegFrameTest {
  @Test
  void readsSizeAndComponentsFromTheFrameHeader() throws IOException {
    assertThat(JpegFrame.read(jpeg(new BufferedImage(321, 123, BufferedImage.TYPE_INT_RGB))))
        .isEqualTo(new JpegFrame(321, 123, 3, JpegFrame.BASELINE));
    assertThat(JpegFrame.read(jpeg(new BufferedImage(16, 9, BufferedImage.TYPE_BYTE_GRAY))))
        .isEqualTo(new JpegFrame(16, 9, 1, JpegFrame.BASELINE));
  }

  @Test
  void refusesWhatIsNotAJpegOrEndsBeforeItsFrame() throws IOException {
    byte[] valid = jpeg(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB));
    assertThatThrownBy(() -> JpegFrame.read("<html>".getBytes()))
        .hasMessageContaining("start-of-image");
    assertThatThrownBy(() -> JpegFrame.read(Arrays.copyOf(valid, 30)))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] noMarker = valid.clone();
    noMarker[2] = 0x12;
    assertThatThrownBy(() -> JpegFrame.read(noMarker))
        .hasMessageContaining("no marker at offset 2");
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }
}
