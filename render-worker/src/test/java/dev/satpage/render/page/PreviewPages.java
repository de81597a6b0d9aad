package dev.satpage.render.page;

import dev.satpage.model.book.Layer;
import dev.satpage.model.book.Page;
import dev.satpage.render.print.PrintProfile;
import dev.satpage.render.template.Template;
import dev.satpage.render.text.TestFonts;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes sample pages to a directory for a person to look at, and prints the render time per page:
 * {@code java -Djava.awt.headless=true -cp ... dev.satpage.render.page.PreviewPages /tmp/pages}.
 */
public final class PreviewPages {
  private static final Template TEMPLATE = Template.defaultFor("satellite-adventure");

  private PreviewPages() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/preview-pages"));
    JpegPageRenderer renderer =
        new JpegPageRenderer(PageFormat.DEFAULT, PrintProfile.DEFAULT.margins());
    Map<String, DependencyImage> images =
        Map.of(
            "sat-1",
            new DependencyImage(
                "sat-1",
                "s3://b/imagery/x/preview.jpg",
                fakeAerial(),
                "Imagery © Example Aerial 2030"));
    Page title =
        new Page(
            "p01-title",
            List.of(
                new Layer.Text("Ada's Adventure", 0.1, "#203040", 0.45),
                new Layer.Text("seen from space", 0.05, "#4A6A8A", 0.6)));
    Page satellite =
        new Page(
            "p02-satellite",
            List.of(
                new Layer.Image("sat-1", Layer.Fit.FILL),
                new Layer.Text("Here is Ada's home!", 0.07, "#FFFFFF", 0.12),
                new Layer.Attribution("sat-1")));
    for (int warmup = 0; warmup < 5; warmup++) {
      renderer.render(title, images, TEMPLATE, TestFonts.latin());
      renderer.render(satellite, images, TEMPLATE, TestFonts.latin());
    }
    for (Page page : List.of(title, satellite)) {
      int runs = 20;
      long start = System.nanoTime();
      byte[] jpeg = null;
      for (int i = 0; i < runs; i++) {
        jpeg = renderer.render(page, images, TEMPLATE, TestFonts.latin());
      }
      double ms = (System.nanoTime() - start) / 1e6 / runs;
      Files.write(dir.resolve(page.pageId() + ".jpg"), jpeg);
      System.out.printf("%s: %.1f ms/page, %d bytes%n", page.pageId(), ms, jpeg.length);
    }
  }

  /** Something that looks a little like an aerial photo: fields, a road and a few roofs. */
  private static byte[] fakeAerial() {
    BufferedImage img = new BufferedImage(1000, 750, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(0x5E7F45), 1000, 750, new Color(0x8A9A5B)));
    g.fillRect(0, 0, 1000, 750);
    g.setColor(new Color(0x9C9C94));
    g.fillRect(0, 400, 1000, 40);
    g.fillRect(480, 0, 30, 750);
    g.setColor(new Color(0xB5543A));
    for (int i = 0; i < 8; i++) {
      g.fillRect(80 + i * 110, 330, 60, 50);
      g.fillRect(60 + i * 115, 460, 55, 45);
    }
    g.dispose();
    return TestImages.encode(img, "jpeg");
  }
}
