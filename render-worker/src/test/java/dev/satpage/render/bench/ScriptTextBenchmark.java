package dev.satpage.render.bench;

import static dev.satpage.model.testing.Books.aBook;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Layer;
import dev.satpage.model.book.Page;
import dev.satpage.model.book.Purpose;
import dev.satpage.render.page.DependencyImage;
import dev.satpage.render.page.JpegPageRenderer;
import dev.satpage.render.page.PageFormat;
import dev.satpage.render.page.TestImages;
import dev.satpage.render.print.PdfBookRenderer;
import dev.satpage.render.print.PrintProfile;
import dev.satpage.render.template.Template;
import dev.satpage.render.text.TestFonts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A simple harness (not a test): size and render time of a print book and of a preview title page
 * whose title is "{name}'s World", for names in several scripts (text as outlines). Median and p90
 * of 60 renders after 30 warm-ups.
 *
 * <p>{@code java -Djava.awt.headless=true -cp <test classpath>
 * dev.satpage.render.bench.ScriptTextBenchmark [name…]}
 */
public final class ScriptTextBenchmark {
  private ScriptTextBenchmark() {}

  public static void main(String[] args) {
    List<String> names = args.length > 0 ? List.of(args) : List.of("Ada", "太郎", "محمد");
    byte[] jpeg = TestImages.printJpeg();
    PdfBookRenderer print = new PdfBookRenderer(PrintProfile.DEFAULT, TestFonts.CHAIN);
    JpegPageRenderer preview =
        new JpegPageRenderer(PageFormat.DEFAULT, PrintProfile.DEFAULT.margins());
    for (String name : names) {
      DefinitionFile book =
          titled(
              aBook()
                  .withPurpose(Purpose.PRINT)
                  .withChild(name, 35.6, 139.7)
                  .withSatellitePages(2)
                  .build(),
              name);
      Map<String, DependencyImage> images = new LinkedHashMap<>();
      for (String id : book.dependencies().keySet()) {
        images.put(
            id, new DependencyImage(id, "s3://b/" + id, jpeg, "Imagery © Example Aerial 2030"));
      }
      Template template = Template.defaultFor("satellite-adventure");
      report(
          name + ": print book (3 pages)",
          () -> print.render(book, images, template),
          2L * jpeg.length);
      report(
          name + ": preview title page",
          () -> preview.render(book.pages().getFirst(), Map.of(), template, TestFonts.latin()),
          0);
    }
  }

  private static DefinitionFile titled(DefinitionFile book, String name) {
    List<Page> pages = new ArrayList<>(book.pages());
    pages.set(
        0,
        new Page(
            "p01-title",
            List.of(
                new Layer.Text(name + "'s World", 0.11, "#1d3557", 0.42),
                new Layer.Text("seen from space", 0.05, "#457b9d", 0.58))));
    return new DefinitionFile(
        book.schemaVersion(),
        book.bookId(),
        book.orderId(),
        1,
        Purpose.PRINT,
        book.productId(),
        book.personalisation(),
        pages,
        book.dependencies());
  }

  private static void report(String what, Supplier<byte[]> task, long imageBytes) {
    for (int i = 0; i < 30; i++) {
      var unused = task.get(); // warm-up
    }
    long[] nanos = new long[60];
    byte[] last = null;
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      last = task.get();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(
        Locale.ROOT,
        "%s: median %.1f ms, p90 %.1f ms, %d bytes (%.1f KB without the embedded JPEGs)%n",
        what,
        nanos[30] / 1e6,
        nanos[54] / 1e6,
        last.length,
        (last.length - imageBytes) / 1024.0);
  }
}
