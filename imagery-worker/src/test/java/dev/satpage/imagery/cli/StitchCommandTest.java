package dev.satpage.imagery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.imagery.codec.JpegHeader;
import dev.satpage.imagery.codec.PixelBuffer;
import dev.satpage.imagery.testing.Images;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    int code =
        run(
            System.out,
            new ByteArrayOutputStream(),
            "--grid",
            "2x2",
            "--out",
            out.toString(),
            "--preview",
            preview.toString(),
            "--codec",
            codec,
            "--preview-width",
            "100",
            "--threads",
            "3",
            names[0],
            names[1],
            names[2],
            names[3]);

    assertThat(code).isZero();
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

    int code =
        run(
            new PrintStream(text, true),
            new ByteArrayOutputStream(),
            "--grid",
            "1x1",
            "--out",
            dir.resolve("p.jpg").toString(),
            "--repeat",
            "4",
            a.toString());

    assertThat(code).isZero();
    assertThat(text.toString())
        .startsWith("codec=turbojpeg threads=1 pages=4 steady-state median=")
        .contains("ms/page");
  }

  @Test
  void mismatchedCells_areOneLineOnStderr_exit2_andNothingIsWritten() throws Exception {
    Path a = dir.resolve("a.jpg");
    Path b = dir.resolve("b.jpg");
    Files.write(a, Images.jpeg(64, 48, Color.GRAY));
    Files.write(b, Images.jpeg(64, 40, Color.GRAY));

    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        run(
            System.out,
            err,
            "--grid",
            "2x1",
            "--out",
            dir.resolve("p.jpg").toString(),
            a.toString(),
            b.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("stitch: ")
        .contains("image 1 is 64x40, its cell 64x48")
        .doesNotContain("\tat ");
    assertThat(dir.resolve("p.jpg")).doesNotExist();
  }

  @Test
  void noOptionalOptions_giveTheDefaults() throws Exception {
    StitchArgs c = parse("--grid", "2X3", "--out", "p.jpg", "a.jpg");

    assertThat(c.grid()).isEqualTo(new Grid(2, 3));
    assertThat(c.page()).isEqualTo(Path.of("p.jpg"));
    assertThat(c.inputs()).containsExactly(Path.of("a.jpg"));
    assertThat(c.preview()).isNull();
    assertThat(c.codec()).isEqualTo("turbojpeg");
    assertThat(List.of(c.quality(), c.previewWidth(), c.previewQuality(), c.repeat(), c.threads()))
        .containsExactly(90, 1000, 85, 1, 1);
  }

  @Test
  void everyOption_isRead_imagesMayComeFirst() throws Exception {
    StitchArgs c =
        parse(
            "a.jpg",
            "b.jpg",
            "--grid",
            "2x1",
            "--out",
            "p.jpg",
            "--preview",
            "q.jpg",
            "--codec",
            "imageio",
            "--quality",
            "100",
            "--preview-width",
            "640",
            "--preview-quality",
            "1",
            "--repeat",
            "5",
            "--threads",
            "2");

    assertThat(c.inputs()).containsExactly(Path.of("a.jpg"), Path.of("b.jpg"));
    assertThat(c.preview()).isEqualTo(Path.of("q.jpg"));
    assertThat(c.codec()).isEqualTo("imageio");
    assertThat(List.of(c.quality(), c.previewWidth(), c.previewQuality(), c.repeat(), c.threads()))
        .containsExactly(100, 640, 1, 5, 2);
  }

  @Test
  void equalsForm_isRead_andALaterOptionOverridesAnEarlierOne() throws Exception {
    StitchArgs c =
        parse("--grid=2x1", "--out=p.jpg", "--quality", "50", "a.jpg", "--quality=60", "b.jpg");

    assertThat(c.grid()).isEqualTo(new Grid(2, 1));
    assertThat(c.page()).isEqualTo(Path.of("p.jpg"));
    assertThat(c.quality()).isEqualTo(60);
    assertThat(c.inputs()).containsExactly(Path.of("a.jpg"), Path.of("b.jpg"));
  }

  @Test
  void version_isOneLine_exit0() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int code = run(new PrintStream(out, true), new ByteArrayOutputStream(), "-V");

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("satpage stitch 0.1\n");
  }

  @Test
  void aMissingImage_isAnIoError_oneLine_exit1() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        run(
            System.out,
            err,
            "--grid",
            "1x1",
            "--out",
            dir.resolve("p.jpg").toString(),
            dir.resolve("none.jpg").toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("stitch: java.nio.file.NoSuchFileException")
        .doesNotContain("\tat ");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--out p.jpg a.jpg | Missing required option: '--grid=CxR'",
        "--grid 2x2 a.jpg | Missing required option: '--out=FILE'",
        "--grid 2x2 --out p.jpg | Missing required parameter: 'IMAGE'",
        "--grid 2 --out p.jpg a.jpg | Invalid value for option '--grid': must be CxR with C and R ≥ 1, e.g. 2x2, got '2'",
        "--grid 0x2 --out p.jpg a.jpg | Invalid value for option '--grid': must be CxR with C and R ≥ 1, e.g. 2x2, got '0x2'",
        "--grid axb --out p.jpg a.jpg | Invalid value for option '--grid': must be CxR with C and R ≥ 1, e.g. 2x2, got 'axb'",
        "--codec sharp --grid 1x1 --out p.jpg a.jpg | Invalid value for option '--codec': must be turbojpeg or imageio, got 'sharp'",
        "--quality 0 --grid 1x1 --out p.jpg a.jpg | Invalid value for option '--quality': '0' is not a whole number within 1..100",
        "--preview-quality 101 --grid 1x1 --out p.jpg a.jpg | Invalid value for option '--preview-quality': '101' is not a whole number within 1..100",
        "--preview-width 0 --grid 1x1 --out p.jpg a.jpg | Invalid value for option '--preview-width': '0' is not a whole number ≥ 1",
        "--repeat 0 --grid 1x1 --out p.jpg a.jpg | Invalid value for option '--repeat': '0' is not a whole number ≥ 1",
        "--threads x --grid 1x1 --out p.jpg a.jpg | Invalid value for option '--threads': 'x' is not a whole number ≥ 1",
        "--size 9 --grid 1x1 --out p.jpg a.jpg | Unknown option: '--size'",
        "--grid 1x1 a.jpg --out | Missing required parameter for option '--out' (FILE)",
      })
  void refusals_areOneLineNamingTheOption_thenTheUsage_exit2(String args, String error) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = run(System.out, err, args.split(" "));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines().findFirst()).contains(error);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: stitch");
  }

  @Test
  void help_listsEveryOptionWithItsDefault() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int code = run(new PrintStream(out, true), new ByteArrayOutputStream(), "--help");

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " "))
        .contains(
            "--grid=CxR",
            "--out=FILE",
            "--preview=FILE",
            "(default: none)",
            "--codec=turbojpeg|imageio",
            "(default: turbojpeg)",
            "--quality=1..100",
            "(default: 90)",
            "--preview-width=PX",
            "(default: 1000)",
            "--preview-quality=1..100",
            "(default: 85)",
            "--repeat=N",
            "(default: 1)",
            "--threads=N",
            "IMAGE...",
            "Exit codes: 0");
  }

  private static StitchArgs parse(String... args) throws StitchArgs.UsageException {
    return StitchArgs.parse(args);
  }

  private static int run(PrintStream out, ByteArrayOutputStream err, String... args) {
    return StitchCommand.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
