package dev.satpage.render.print;

import dev.satpage.render.text.TestFonts;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Writes the sample print book's PDF and a 72 dpi PNG of each page to a directory for a person to
 * look at: {@code java -Djava.awt.headless=true -cp <test classpath>
 * dev.satpage.render.print.PrintSample /tmp/print}.
 */
public final class PrintSample {
  private PrintSample() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/print-sample"));
    byte[] pdf =
        new PdfBookRenderer(PrintProfile.DEFAULT, TestFonts.CHAIN)
            .render(
                PrintBooks.printBook(),
                PrintBooks.printImages(PrintBooks.printBook()),
                PrintBooks.sampleTemplate("satellite-adventure"));
    Files.write(dir.resolve("book.pdf"), pdf);
    try (PDDocument doc = PrintBooks.load(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        BufferedImage page = renderer.renderImageWithDPI(i, 72);
        ImageIO.write(page, "png", dir.resolve("page-" + (i + 1) + ".png").toFile());
      }
    }
    System.out.printf("%s: %d bytes%n", dir.resolve("book.pdf"), pdf.length);
  }
}
