package dev.satpage.render.bench;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Layer;
import dev.satpage.model.book.Page;
import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.testing.InMemoryObjectStore;
import dev.satpage.render.page.JpegPageRenderer;
import dev.satpage.render.page.PageFormat;
import dev.satpage.render.page.TestImages;
import dev.satpage.render.print.PdfBookRenderer;
import dev.satpage.render.print.PrintProfile;
import dev.satpage.render.template.Template;
import dev.satpage.render.template.TemplateSeeder;
import dev.satpage.render.template.TemplateStore;
import dev.satpage.render.text.TestFonts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

/**
 * A simple harness (not a test): latency of a text-and-art page — the sample title page with its
 * compass art and two lines of text — as a preview JPEG and as a one-page print PDF, alone and with
 * an imagery-like CPU load beside it (a thread decoding four 2000×1500 JPEGs, stitching them to
 * 4000×3000 and encoding the result, in a loop).
 *
 * <p>{@code java -Djava.awt.headless=true -cp <test classpath>
 * dev.satpage.render.bench.TextPageBenchmark [rounds] [perRound]}
 */
public final class TextPageBenchmark {
  private TextPageBenchmark() {}

  public static void main(String[] args) throws InterruptedException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    InMemoryObjectStore store = new InMemoryObjectStore("bench");
    new TemplateSeeder(store).seed("satellite-adventure");
    Template template = new TemplateStore(store).load("satellite-adventure");
    Page title =
        new Page(
            "p01-title",
            List.of(
                new Layer.Text("Ada's World", 0.11, "#1d3557", 0.42),
                new Layer.Text("seen from space", 0.05, "#457b9d", 0.58)));
    DefinitionFile book =
        new DefinitionFile(
            DefinitionFile.SCHEMA_VERSION,
            "bench-1",
            "order-1",
            1,
            Purpose.PRINT,
            "satellite-adventure",
            new Personalisation("Ada", 51.5, -0.12),
            List.of(title),
            new TreeMap<>());
    JpegPageRenderer preview =
        new JpegPageRenderer(PageFormat.DEFAULT, PrintProfile.DEFAULT.margins());
    PdfBookRenderer print = new PdfBookRenderer(PrintProfile.DEFAULT, TestFonts.CHAIN);
    Supplier<byte[]> previewPage =
        () -> preview.render(title, Map.of(), template, TestFonts.latin());
    Supplier<byte[]> printPage = () -> print.render(book, Map.of(), template);

    System.out.printf(
        Locale.ROOT,
        "cores: %d, rounds: %d × %d pages%n",
        Runtime.getRuntime().availableProcessors(),
        rounds,
        perRound);
    measure("warm-up preview", previewPage, 3, perRound);
    measure("warm-up print", printPage, 3, perRound);
    double previewAlone = measure("preview JPEG 1000x750, alone", previewPage, rounds, perRound);
    double printAlone = measure("print PDF page, alone", printPage, rounds, perRound);

    byte[][] tiles = new byte[4][];
    for (int i = 0; i < 4; i++) {
      tiles[i] = TestImages.aerial(2000, 1500);
    }
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger stitched = new AtomicInteger();
    Thread imagery =
        Thread.ofPlatform()
            .name("imagery-load")
            .start(
                () -> {
                  while (running.get()) {
                    stitchAndEncode(tiles);
                    stitched.incrementAndGet();
                  }
                });
    Thread.sleep(2000); // let the load reach steady state
    long start = System.nanoTime();
    int before = stitched.get();
    double previewLoaded =
        measure("preview JPEG 1000x750, imagery load beside", previewPage, rounds, perRound);
    double printLoaded =
        measure("print PDF page, imagery load beside", printPage, rounds, perRound);
    double seconds = (System.nanoTime() - start) / 1e9;
    running.set(false);
    imagery.join();
    System.out.printf(
        Locale.ROOT,
        "imagery load: %.2f stitched 4000x3000 pages/s during the loaded runs%n",
        (stitched.get() - before) / seconds);
    System.out.printf(
        Locale.ROOT,
        "growth under load: preview %+.0f%%, print %+.0f%%%n",
        100 * (previewLoaded / previewAlone - 1),
        100 * (printLoaded / printAlone - 1));
  }

  /** Median over rounds of the mean ms per page within a round. */
  private static double measure(String name, Supplier<byte[]> render, int rounds, int perRound) {
    double[] means = new double[rounds];
    int bytes = 0;
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      for (int i = 0; i < perRound; i++) {
        bytes = render.get().length;
      }
      means[r] = (System.nanoTime() - start) / 1e6 / perRound;
    }
    double[] sorted = means.clone();
    Arrays.sort(sorted);
    double median = sorted[rounds / 2];
    System.out.printf(
        Locale.ROOT,
        "%-45s median %7.1f ms/page  (min %.1f, max %.1f; %d bytes)%n",
        name,
        median,
        sorted[0],
        sorted[rounds - 1],
        bytes);
    return median;
  }

  private static void stitchAndEncode(byte[][] tiles) {
    try {
      BufferedImage page = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
      var g = page.createGraphics();
      for (int i = 0; i < tiles.length; i++) {
        BufferedImage tile = ImageIO.read(new ByteArrayInputStream(tiles[i]));
        g.drawImage(tile, (i % 2) * 2000, (i / 2) * 1500, null);
      }
      g.dispose();
      ByteArrayOutputStream out = new ByteArrayOutputStream(4 * 1024 * 1024);
      ImageIO.write(page, "jpeg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
