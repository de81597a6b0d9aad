package dev.satpage.render.design;

import dev.satpage.model.book.Layer;
import dev.satpage.model.book.Page;
import dev.satpage.render.template.BookTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * How every page of a book looks, once for preview and print: the page's layers and the template's
 * art turned into {@link Element}s placed on the {@link Sheet}. Pictures fill the media box (bleed
 * included); text and attribution stay inside the safe box. Pure: the preview and the print painter
 * draw what this returns, converting millimetres to pixels or points.
 */
public final class PageDesign {
  /** Background of pages without a picture: warm paper fading into a pale sky. */
  public static final Rgb PAPER = new Rgb(0xFF, 0xF6, 0xE5);

  public static final Rgb SKY = new Rgb(0xDC, 0xEB, 0xF7);

  /**
   * Height of the attribution band above the safe box's bottom edge, as a fraction of the trim
   * height.
   */
  static final double ATTRIBUTION_BAND = 0.045;

  /**
   * Size of the attribution text, as a fraction of the trim height (before it shrinks to fit the
   * safe width).
   */
  static final double ATTRIBUTION_TEXT = 0.022;

  static final double ATTRIBUTION_BAND_ALPHA = 0.45;

  /**
   * The text shadow is offset down and right by this fraction of the text size, and at least {@link
   * #MIN_SHADOW_MM}.
   */
  static final double SHADOW_OFFSET = 1 / 30.0;

  /** Half a point: a shadow thinner than that does not print. */
  static final double MIN_SHADOW_MM = 25.4 / 144;

  static final double DARK_SHADOW_ALPHA = 0.35;
  static final double LIGHT_SHADOW_ALPHA = 0.6;

  private final Sheet sheet;
  private final TextMeasure text;

  public PageDesign(Sheet sheet, TextMeasure text) {
    this.sheet = sheet;
    this.text = text;
  }

  /**
   * The elements of {@code page} in drawing order: background, the template's {@code art}, then its
   * layers.
   */
  public List<Element> layout(Page page, List<BookTemplate.Art> art, PageSources sources) {
    List<Element> elements = new ArrayList<>();
    boolean hasPicture = page.layers().stream().anyMatch(l -> l instanceof Layer.Image);
    elements.add(new Element.Fill(sheet.media(), PAPER, hasPicture ? PAPER : SKY));
    for (BookTemplate.Art a : art) {
      elements.add(art(a, sources.art(a.asset())));
    }
    for (Layer layer : page.layers()) {
      switch (layer) {
        case Layer.Image img -> {
          PixelSize pixels = sources.image(img.dependencyId());
          elements.add(
              new Element.Picture(
                  img.dependencyId(),
                  pixels,
                  Placement.of(img.fit(), pixels, sheet.media()),
                  sheet.media()));
        }
        case Layer.Text t -> text(t, elements);
        case Layer.Attribution a -> attribution(sources.attribution(a.dependencyId()), elements);
      }
    }
    return elements;
  }

  /**
   * Template art: its box is relative to the trim, the height following the picture's aspect ratio.
   */
  private Element.Art art(BookTemplate.Art art, PixelSize pixels) {
    Box trim = sheet.trim();
    double w = art.width() * trim.width();
    return new Element.Art(
        art.asset(),
        pixels,
        new Box(
            art.x() * trim.width(),
            art.y() * trim.height(),
            w,
            w * pixels.height() / pixels.width()));
  }

  /**
   * Text centred on the trim with its visual middle at {@code relativeY} of the trim height, shrunk
   * to the safe width and moved into the safe box; a soft shadow in the opposite tone first keeps
   * it legible on pictures and on paper.
   */
  private void text(Layer.Text layer, List<Element> elements) {
    LineMetrics m = text.measure(layer.text());
    Box trim = sheet.trim();
    Box safe = sheet.safe();
    double size = Math.min(layer.relativeSize() * trim.height(), safe.width() / m.advance());
    double x = trim.x() + (trim.width() - m.advance() * size) / 2;
    double baseline =
        trim.y() + layer.relativeY() * trim.height() + (m.ascent() - m.descent()) * size / 2;
    baseline = Math.max(baseline, safe.y() + m.ascent() * size);
    baseline = Math.min(baseline, safe.bottom() - m.descent() * size);
    Rgb colour = Rgb.parse(layer.colour());
    double offset = Math.max(MIN_SHADOW_MM, size * SHADOW_OFFSET);
    boolean light = colour.luminance() > 0.5;
    elements.add(
        new Element.Line(
            layer.text(),
            size,
            x + offset,
            baseline + offset,
            light ? Rgb.BLACK : Rgb.WHITE,
            light ? DARK_SHADOW_ALPHA : LIGHT_SHADOW_ALPHA,
            true));
    elements.add(new Element.Line(layer.text(), size, x, baseline, colour, 1, false));
  }

  /**
   * The provider's attribution: a translucent band from the media box's bottom edge (bleeding off)
   * to a band's height above the safe box, the line white in it, its visual middle half a band
   * above the safe box's bottom edge, from the safe box's left edge (its right edge in a
   * right-to-left book). Nothing for a blank attribution.
   */
  private void attribution(String attribution, List<Element> elements) {
    if (attribution == null || attribution.isBlank()) {
      return;
    }
    Box media = sheet.media();
    Box safe = sheet.safe();
    double band = ATTRIBUTION_BAND * sheet.trim().height();
    double top = safe.bottom() - band;
    elements.add(
        new Element.Band(
            new Box(media.x(), top, media.width(), media.bottom() - top),
            Rgb.BLACK,
            ATTRIBUTION_BAND_ALPHA));
    LineMetrics m = text.measure(attribution);
    double size = Math.min(ATTRIBUTION_TEXT * sheet.trim().height(), safe.width() / m.advance());
    double baseline = safe.bottom() - band / 2 + (m.ascent() - m.descent()) * size / 2;
    double x = text.rightToLeft() ? safe.right() - m.advance() * size : safe.x();
    elements.add(new Element.Line(attribution, size, x, baseline, Rgb.WHITE, 1, false));
  }
}
