package dev.satpage.render.page;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static dev.satpage.render.page.TestImages.decode;
import static dev.satpage.render.page.TestImages.halves;
import static dev.satpage.render.page.TestImages.near;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.book.Layer;
import dev.satpage.model.book.Page;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.render.design.PageDesign;
import dev.satpage.render.print.PrintProfile;
import dev.satpage.render.template.Template;
import dev.satpage.render.text.TestFonts;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JpegPageRendererTest {
  private static final Color RED = new Color(220, 30, 30);
  private static final Color BLUE = new Color(30, 60, 220);
  private static final Color PAPER =
      new Color(PageDesign.PAPER.red(), PageDesign.PAPER.green(), PageDesign.PAPER.blue());

  /** The built-in template: the default 254 × 190.5 mm trim, no art. */
  private static final Template TEMPLATE = Template.defaultFor("satellite-adventure");

  private final JpegPageRenderer renderer =
      new JpegPageRenderer(PageFormat.DEFAULT, PrintProfile.DEFAULT.margins());

  private static Map<String, DependencyImage> satellite(byte[] encoded, String attribution) {
    return Map.of(
        "sat-1",
        new DependencyImage("sat-1", "s3://b/imagery/x/preview.jpg", encoded, attribution));
  }

  @Test
  void rendersA1000x750Jpeg() {
    byte[] jpeg =
        renderer.render(
            new Page("p01", List.of(new Layer.Text("Ada", 0.1, "#203040", 0.5))),
            Map.of(),
            TEMPLATE,
            TestFonts.latin());

    assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8); // JPEG SOI marker
    BufferedImage page = decode(jpeg);
    assertThat(page.getWidth()).isEqualTo(1000);
    assertThat(page.getHeight()).isEqualTo(750);
    assertThat(renderer.contentType()).isEqualTo("image/jpeg");
  }

  @Test
  void textPage_drawsTheTextInItsColourOnTheRowItAsksFor() {
    BufferedImage page =
        decode(
            renderer.render(
                new Page("p01", List.of(new Layer.Text("Ada", 0.1, "#203040", 0.3))),
                Map.of(),
                TEMPLATE,
                TestFonts.latin()));

    int textPixelsOnRow = 0;
    int textPixelsFarAway = 0;
    for (int x = 0; x < page.getWidth(); x++) {
      for (int y = 0; y < page.getHeight(); y++) {
        if (near(page.getRGB(x, y), new Color(0x203040), 40)) {
          if (Math.abs(y - 225) < 40) {
            textPixelsOnRow++;
          } else if (Math.abs(y - 225) > 100) {
            textPixelsFarAway++;
          }
        }
      }
    }
    assertThat(textPixelsOnRow).isGreaterThan(500);
    assertThat(textPixelsFarAway).isZero();
  }

  @Test
  void textPage_isCentredHorizontally() {
    BufferedImage page =
        decode(
            renderer.render(
                new Page("p01", List.of(new Layer.Text("Ada", 0.2, "#000000", 0.5))),
                Map.of(),
                TEMPLATE,
                TestFonts.latin()));

    int left = page.getWidth();
    int right = 0;
    for (int x = 0; x < page.getWidth(); x++) {
      if (near(page.getRGB(x, 375), Color.BLACK, 40)) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
    assertThat(right).isGreaterThan(left);
    assertThat(Math.abs((left + right) / 2 - 500)).isLessThan(20);
  }

  @Test
  void textPage_hasAPlainBackgroundThatIsNotBlankWhite() {
    BufferedImage page =
        decode(
            renderer.render(
                new Page("p01", List.of(new Layer.Text("Ada", 0.1, "#203040", 0.5))),
                Map.of(),
                TEMPLATE,
                TestFonts.latin()));

    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < page.getHeight(); y += 5) {
      colours.add(page.getRGB(5, y));
    }
    assertThat(colours.size()).isGreaterThan(3); // a gradient, not one flat colour
    assertThat(near(page.getRGB(5, 5), PAPER, 8)).isTrue();
  }

  @Test
  void imageLayer_fill_takesItsPixelsFromTheDependencyImage() {
    byte[] picture = halves(800, 600, RED, BLUE, "png");
    Page page = new Page("p02", List.of(new Layer.Image("sat-1", Layer.Fit.FILL)));

    BufferedImage out =
        decode(renderer.render(page, satellite(picture, null), TEMPLATE, TestFonts.latin()));

    assertThat(near(out.getRGB(250, 375), RED, 20)).isTrue();
    assertThat(near(out.getRGB(750, 375), BLUE, 20)).isTrue();
    assertThat(near(out.getRGB(2, 2), RED, 20)).isTrue(); // stretched edge to edge
  }

  @Test
  void imageLayer_fit_letterboxesAnImageOfAnotherShape() {
    byte[] square = halves(600, 600, RED, BLUE, "png");
    Page page = new Page("p02", List.of(new Layer.Image("sat-1", Layer.Fit.FIT)));

    BufferedImage out =
        decode(renderer.render(page, satellite(square, null), TEMPLATE, TestFonts.latin()));

    // The square is 750 px wide, centred: paper at x < 125 and x > 875.
    assertThat(near(out.getRGB(60, 375), PAPER, 10)).isTrue();
    assertThat(near(out.getRGB(940, 375), PAPER, 10)).isTrue();
    assertThat(near(out.getRGB(300, 375), RED, 20)).isTrue();
    assertThat(near(out.getRGB(700, 375), BLUE, 20)).isTrue();
  }

  @Test
  void imageLayer_crop_coversThePageAndCutsTheOverflow() {
    byte[] wide =
        halves(1600, 600, RED, BLUE, "png"); // scaled to 2000x750, 500 px cut off each side
    Page page = new Page("p02", List.of(new Layer.Image("sat-1", Layer.Fit.CROP)));

    BufferedImage out =
        decode(renderer.render(page, satellite(wide, null), TEMPLATE, TestFonts.latin()));

    assertThat(near(out.getRGB(5, 375), RED, 20)).isTrue();
    assertThat(near(out.getRGB(480, 375), RED, 20)).isTrue();
    assertThat(near(out.getRGB(520, 375), BLUE, 20)).isTrue();
    assertThat(near(out.getRGB(995, 375), BLUE, 20)).isTrue();
  }

  @Test
  void attribution_darkensABandAlongTheBottomEdge_andWritesInItInsideTheSafetyMargin() {
    byte[] white = halves(800, 600, Color.WHITE, Color.WHITE, "png");
    Page page =
        new Page(
            "p02",
            List.of(new Layer.Image("sat-1", Layer.Fit.FILL), new Layer.Attribution("sat-1")));

    BufferedImage out =
        decode(
            renderer.render(
                page, satellite(white, "Imagery © Example Maps"), TEMPLATE, TestFonts.latin()));

    // The default profile's 6 mm safety margin is 23.6 px of 1000 px over 254 mm: the trim's bottom
    // 24 rows are band without text, and the band reaches 0.045 of the page height (34 px) above
    // them, as in print.
    Color band = new Color(out.getRGB(995, 745));
    assertThat(band.getRed()).isBetween(110, 170); // translucent black over white, not opaque
    assertThat(near(out.getRGB(995, 690), Color.WHITE, 10)).isTrue();
    assertThat(near(out.getRGB(995, 696), band, 10)).isTrue();
    assertThat(textPixels(out, 24, 300, 693, 726)).as("attribution text pixels").isGreaterThan(100);
    assertThat(textPixels(out, 0, 1000, 728, 750)).as("text pixels in the safety margin").isZero();
    assertThat(textPixels(out, 0, 22, 693, 726))
        .as("text pixels left of the safety margin")
        .isZero();
  }

  private static long textPixels(BufferedImage page, int x0, int x1, int y0, int y1) {
    long bright = 0;
    for (int x = x0; x < x1; x++) {
      for (int y = y0; y < y1; y++) {
        bright += near(page.getRGB(x, y), Color.WHITE, 40) ? 1 : 0;
      }
    }
    return bright;
  }

  @Test
  void corruptImage_isAPermanentFailureNamingTheDependency() {
    Page page = new Page("p02", List.of(new Layer.Image("sat-1", Layer.Fit.FILL)));

    PermanentFailure f =
        assertPermanent(
            FailureReason.CORRUPT_IMAGE,
            () ->
                renderer.render(
                    page, satellite(new byte[] {1, 2, 3}, null), TEMPLATE, TestFonts.latin()));
    assertThat(f.detail()).contains("sat-1", "s3://b/imagery/x/preview.jpg");
  }

  @Test
  void pageWidthComesFromTheFormat() {
    BufferedImage page =
        decode(
            new JpegPageRenderer(new PageFormat(400, 0.7f), PrintProfile.DEFAULT.margins())
                .render(
                    new Page("p01", List.of(new Layer.Text("Ada", 0.1, "#203040", 0.5))),
                    Map.of(),
                    TEMPLATE,
                    TestFonts.latin()));

    assertThat(page.getWidth()).isEqualTo(400);
    assertThat(page.getHeight()).isEqualTo(300);
  }
}
