package dev.satpage.imagery.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.imagery.codec.JpegHeader;
import dev.satpage.imagery.codec.PixelBuffer;
import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.imagery.testing.Images;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StitchCommandTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"turbojpeg", "imageio"})
  void twoByTwo_writesThePageAndPreview_withEachImageInItsCell(String codec) throws Exception {
    Color[] colours = {Color.RED, Color.GREEN, Color.BLUE, Color.WHITE};
    String[] names = new String[4];
    for (int i = 0; i < 4; i++) {
      names[i] = dir.resolve("i" + i + ".jpg").toString();
      Files.write(Path.of(names[i]), Images.jpeg(200, 150, colours[i]));
    }
    Path out = dir.resolve("page.jpg");
    Path preview = dir.resolve("preview.jpg");

    StitchCommand.run(new String[] {"--grid", "2x2", "--out", out.toString(), "--preview", preview.toString(),
        "--codec", codec, "--preview-width", "100", "--threads", "3", names[0], names[1], names[2], names[3]}, System.out);

    byte[] page = Files.readAllBytes(out);
    assertThat(JpegHeader.read(page)).isEqualTo(new JpegHeader(400, 300, 3));
    assertThat(JpegHeader.read(Files.readAllBytes(preview))).isEqualTo(new JpegHeader(100, 75, 3));
    PixelBuffer decoded = PixelBuffer.allocate(400, 300);
    new ImageIoJpegCodec().decodeInto(page, 400, 300, decoded, 0, 0);
    assertThat(new Color(decoded.image().getRGB(100, 75)).getRed()).isGreaterThan(230);
    assertThat(new Color(decoded.image().getRGB(300, 75)).getGreen()).isGreaterThan(230);
    assertThat(new Color(decoded.image().getRGB(100, 225)).getBlue()).isGreaterThan(230);
    assertThat(new Color(decoded.image().getRGB(300, 225)).getGreen()).isGreaterThan(230); // white
  }

  @Test
  void repeat_reportsTheSteadyStateTimePerPage() throws Exception {
    Path a = dir.resolve("a.jpg");
    Files.write(a, Images.jpeg(64, 48, Color.GRAY));
    ByteArrayOutputStream text = new ByteArrayOutputStream();

    StitchCommand.run(new String[] {"--grid", "1x1", "--out", dir.resolve("p.jpg").toString(), "--repeat", "4",
        a.toString()}, new PrintStream(text, true));

    assertThat(text.toString()).startsWith("codec=turbojpeg threads=1 pages=4 steady-state median=").contains("ms/page");
  }

  @Test
  void mismatchedCells_areRefused() throws Exception {
    Path a = dir.resolve("a.jpg");
    Path b = dir.resolve("b.jpg");
    Files.write(a, Images.jpeg(64, 48, Color.GRAY));
    Files.write(b, Images.jpeg(64, 40, Color.GRAY));

    assertThatThrownBy(() -> StitchCommand.run(new String[] {"--grid", "2x1", "--out", dir.resolve("p.jpg").toString(),
        a.toString(), b.toString()}, System.out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("image 1 is 64x40, its cell 64x48");
  }
}
