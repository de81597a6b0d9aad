package dev.satpage.render.print;

import static dev.satpage.render.print.PrintBooks.printBook;
import static dev.satpage.render.print.PrintBooks.printImages;
import static dev.satpage.render.print.PrintBooks.sampleTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.render.text.TestFonts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent reader checks the PDF: {@code qpdf --check} parses every object, the
 * cross-reference streams and every stream's encoding. {@code ./satpage test} installs qpdf (Debian
 * package {@code qpdf}); without it the test fails, saying what to install.
 */
class QpdfCheckTest {
  @TempDir Path dir;

  @Test
  void printPdf_passesQpdfCheck() throws IOException, InterruptedException {
    assertThat(qpdfAvailable())
        .as("qpdf is not installed (apt-get install qpdf; ./satpage test installs it)")
        .isTrue();
    Path pdf = dir.resolve("book.pdf");
    Files.write(
        pdf,
        new PdfBookRenderer(PrintProfile.DEFAULT, TestFonts.CHAIN)
            .render(printBook(), printImages(printBook()), sampleTemplate("satellite-adventure")));

    Process qpdf =
        new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
    String output = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(qpdf.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(qpdf.exitValue()).as(output).isZero(); // 0 = no errors, 3 = warnings, 2 = errors
    assertThat(output).contains("No syntax or stream encoding errors found");
  }

  @Test
  void qpdfCheck_rejectsABrokenPdf_soThePassAboveMeansSomething()
      throws IOException, InterruptedException {
    assertThat(qpdfAvailable())
        .as("qpdf is not installed (apt-get install qpdf; ./satpage test installs it)")
        .isTrue();
    byte[] good =
        new PdfBookRenderer(PrintProfile.DEFAULT, TestFonts.CHAIN)
            .render(printBook(), printImages(printBook()), sampleTemplate("satellite-adventure"));
    byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
    Path pdf = dir.resolve("broken.pdf");
    Files.write(pdf, truncated);

    Process qpdf =
        new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
    qpdf.getInputStream().readAllBytes();
    assertThat(qpdf.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(qpdf.exitValue()).isNotZero();
  }

  private static boolean qpdfAvailable() {
    try {
      Process p = new ProcessBuilder("qpdf", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
