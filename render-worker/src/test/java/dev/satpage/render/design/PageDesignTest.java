package dev.satpage.render.design;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.satpage.model.book.Layer;
import dev.satpage.model.book.Page;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.render.template.BookTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageDesignTest {
  /**
   * The default trim under a 3 mm bleed and a 6 mm safety margin: safe box 6..248 × 6..184.5 mm.
   */
  private static final Sheet SHEET = new Sheet(254, 190.5, new Margins(3, 6));

  /**
   * Every character half an em wide; ascent 0.8 em, descent 0.2 em: the visual middle is 0.3 em
   * above the baseline.
   */
  private static TextMeasure monospace(boolean rightToLeft) {
    return new TextMeasure() {
      @Override
      public LineMetrics measure(String text) {
        return new LineMetrics(0.5 * text.length(), 0.8, 0.2);
      }

      @Override
      public boolean rightToLeft() {
        return rightToLeft;
      }
    };
  }

  private static final PageDesign DESIGN = new PageDesign(SHEET, monospace(false));

  /** Pictures of the given sizes, with attributions; art assets all 400×100. */
  private record Sources(Map<String, PixelSize> images, Map<String, String> attributions)
      implements PageSources {
    Sources {
      attributions = new HashMap<>(attributions);
    }

    @Override
    public PixelSize image(String dependencyId) {
      return images.get(dependencyId);
    }

    @Override
    public PixelSize art(String asset) {
      return new PixelSize(400, 100);
    }

    @Override
    public String attribution(String dependencyId) {
      return attributions.get(dependencyId);
    }
  }

  private static final Sources NONE = new Sources(Map.of(), Map.of());

  private static List<Element> layout(Layer... layers) {
    return DESIGN.layout(new Page("p01", List.of(layers)), List.of(), NONE);
  }

  private static List<Element.Line> lines(List<Element> elements, boolean shadow) {
    return elements.stream()
        .filter(e -> e instanceof Element.Line l && l.shadow() == shadow)
        .map(e -> (Element.Line) e)
        .toList();
  }

  @Test
  void aTextPage_isAPaperToSkyGradientOverTheWholeMediaBox_thenShadowThenLine() {
    List<Element> elements = layout(new Layer.Text("Ada", 0.1, "#203040", 0.5));

    assertThat(elements.getFirst())
        .isEqualTo(new Element.Fill(new Box(-3, -3, 260, 196.5), PageDesign.PAPER, PageDesign.SKY));
    assertThat(elements).hasSize(3);
    assertThat(((Element.Line) elements.get(1)).shadow()).isTrue();
    assertThat(((Element.Line) elements.get(2)).shadow()).isFalse();
  }

  @Test
  void text_isSizedByTheTrimHeight_centredOnTheTrim_withItsVisualMiddleAtRelativeY() {
    Element.Line line = lines(layout(new Layer.Text("Ada", 0.1, "#203040", 0.4)), false).getFirst();

    assertThat(line.size()).isCloseTo(19.05, within(1e-9));
    double advance = 1.5 * line.size();
    assertThat(line.x() + advance / 2).isCloseTo(127, within(1e-9));
    assertThat(line.baseline() - 0.3 * line.size()).isCloseTo(0.4 * 190.5, within(1e-9));
    assertThat(line.colour()).isEqualTo(new Rgb(0x20, 0x30, 0x40));
    assertThat(line.alpha()).isEqualTo(1.0);
  }

  @Test
  void aLongName_shrinksToTheSafeWidth_andStaysCentred() {
    String name = "Maximiliane-Wilhelmina Theodora von Hohenzollern-Sigmaringen";

    Element.Line line = lines(layout(new Layer.Text(name, 0.2, "#000000", 0.5)), false).getFirst();

    double advance = 0.5 * name.length() * line.size();
    assertThat(advance).isCloseTo(242, within(1e-9));
    assertThat(line.x()).isCloseTo(6, within(1e-9));
    assertThat(line.size()).isLessThan(0.2 * 190.5);
  }

  @Test
  void textAskingForTheEdge_isMovedIntoTheSafeBox() {
    List<Element> elements =
        layout(
            new Layer.Text("Top", 0.1, "#000000", 0.0),
            new Layer.Text("Bottom", 0.1, "#000000", 1.0));

    Element.Line top = lines(elements, false).get(0);
    Element.Line bottom = lines(elements, false).get(1);
    assertThat(top.baseline() - 0.8 * top.size()).isCloseTo(6, within(1e-9));
    assertThat(bottom.baseline() + 0.2 * bottom.size()).isCloseTo(184.5, within(1e-9));
  }

  @Test
  void theShadow_isOffsetDownAndRight_inTheOppositeTone() {
    Element.Line darkText =
        lines(layout(new Layer.Text("Ada", 0.1, "#203040", 0.5)), false).getFirst();
    Element.Line darkShadow =
        lines(layout(new Layer.Text("Ada", 0.1, "#203040", 0.5)), true).getFirst();
    Element.Line lightShadow =
        lines(layout(new Layer.Text("Ada", 0.1, "#FFFFFF", 0.5)), true).getFirst();

    assertThat(darkShadow.x() - darkText.x()).isCloseTo(19.05 / 30, within(1e-9));
    assertThat(darkShadow.baseline() - darkText.baseline()).isCloseTo(19.05 / 30, within(1e-9));
    assertThat(darkShadow.colour()).isEqualTo(Rgb.WHITE);
    assertThat(darkShadow.alpha()).isEqualTo(PageDesign.LIGHT_SHADOW_ALPHA);
    assertThat(lightShadow.colour()).isEqualTo(Rgb.BLACK);
    assertThat(lightShadow.alpha()).isEqualTo(PageDesign.DARK_SHADOW_ALPHA);
  }

  @Test
  void tinyText_keepsAShadowOfHalfAPoint() {
    Sheet small = new Sheet(50, 50, new Margins(0, 1));
    List<Element> elements =
        new PageDesign(small, monospace(false))
            .layout(
                new Page("p", List.of(new Layer.Text("a", 0.01, "#000000", 0.5))), List.of(), NONE);

    Element.Line shadow = lines(elements, true).getFirst();
    Element.Line line = lines(elements, false).getFirst();
    assertThat(shadow.x() - line.x()).isCloseTo(25.4 / 144, within(1e-9));
  }

  @Test
  void aSatellitePicture_coversTheMediaBox_onFlatPaper() {
    Sources sources = new Sources(Map.of("sat-1", new PixelSize(4000, 3000)), Map.of());

    List<Element> elements =
        DESIGN.layout(
            new Page("p02", List.of(new Layer.Image("sat-1", Layer.Fit.CROP))), List.of(), sources);

    assertThat(elements.getFirst())
        .isEqualTo(new Element.Fill(SHEET.media(), PageDesign.PAPER, PageDesign.PAPER));
    Element.Picture picture = (Element.Picture) elements.get(1);
    assertThat(picture.clip()).isEqualTo(SHEET.media());
    // 4:3 into 260 × 196.5 mm: the height decides, the sides overflow and are clipped.
    PlacementTest.assertBox(picture.box(), -3 - (262 - 260) / 2.0, -3, 262, 196.5);
  }

  @Test
  void attribution_isABandBleedingOffTheBottom_withItsLineInsideTheSafeBox() {
    Sources sources =
        new Sources(
            Map.of("sat-1", new PixelSize(4000, 3000)), Map.of("sat-1", "Imagery © Example"));

    List<Element> elements =
        DESIGN.layout(
            new Page(
                "p02",
                List.of(new Layer.Image("sat-1", Layer.Fit.FILL), new Layer.Attribution("sat-1"))),
            List.of(),
            sources);

    double band = 0.045 * 190.5;
    Element.Band shade = (Element.Band) elements.get(2);
    PlacementTest.assertBox(shade.box(), -3, 184.5 - band, 260, 193.5 - (184.5 - band));
    assertThat(shade.alpha()).isEqualTo(0.45);
    Element.Line line = (Element.Line) elements.get(3);
    assertThat(line.x()).isEqualTo(6);
    assertThat(line.baseline() + 0.2 * line.size()).isLessThanOrEqualTo(184.5);
    assertThat(line.baseline() - 0.3 * line.size()).isCloseTo(184.5 - band / 2, within(1e-9));
    assertThat(line.colour()).isEqualTo(Rgb.WHITE);
  }

  @Test
  void attribution_inARightToLeftBook_endsAtTheSafeBoxsRightEdge() {
    Sources sources = new Sources(Map.of(), Map.of("sat-1", "Imagery"));

    List<Element> elements =
        new PageDesign(SHEET, monospace(true))
            .layout(new Page("p", List.of(new Layer.Attribution("sat-1"))), List.of(), sources);

    Element.Line line = (Element.Line) elements.getLast();
    assertThat(line.x() + 0.5 * "Imagery".length() * line.size()).isCloseTo(248, within(1e-9));
  }

  @Test
  void aMissingOrBlankAttribution_drawsNothing() {
    Sources sources = new Sources(Map.of(), Map.of("blank", "  "));

    List<Element> elements =
        DESIGN.layout(
            new Page("p", List.of(new Layer.Attribution("none"), new Layer.Attribution("blank"))),
            List.of(),
            sources);

    assertThat(elements).hasSize(1); // the background alone
  }

  @Test
  void art_isPlacedRelativeToTheTrim_itsHeightFromItsAspectRatio_behindTheLayers() {
    BookTemplate.Art compass = new BookTemplate.Art("p01", "art/compass.png", 0.25, 0.5, 0.2);

    List<Element> elements =
        DESIGN.layout(
            new Page("p01", List.of(new Layer.Text("Ada", 0.1, "#000000", 0.5))),
            List.of(compass),
            NONE);

    Element.Art art = (Element.Art) elements.get(1);
    assertThat(art.asset()).isEqualTo("art/compass.png");
    PlacementTest.assertBox(art.box(), 63.5, 95.25, 50.8, 12.7);
  }

  @Test
  void aSafetyMarginThatLeavesNoRoom_isAnInvalidTemplate() {
    BookTemplate narrow =
        new BookTemplate(BookTemplate.SCHEMA_VERSION, "narrow", 60, 190.5, null, List.of());

    PermanentFailure f =
        assertPermanent(FailureReason.INVALID_TEMPLATE, () -> Sheet.of(narrow, new Margins(3, 30)));
    assertThat(f.detail()).contains("narrow", "30.0 mm");
  }

  @Test
  void sheetBoxes_areTheTrimWithBleedAroundAndSafetyMarginInside() {
    PlacementTest.assertBox(SHEET.media(), -3, -3, 260, 196.5);
    PlacementTest.assertBox(SHEET.trim(), 0, 0, 254, 190.5);
    PlacementTest.assertBox(SHEET.safe(), 6, 6, 242, 178.5);
  }
}
