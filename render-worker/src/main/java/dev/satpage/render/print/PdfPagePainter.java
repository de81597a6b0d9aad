package dev.satpage.render.print;

import dev.satpage.model.book.Layer;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.render.text.SetLine;
import dev.satpage.render.text.TextDirection;
import dev.satpage.render.text.Typesetter;
import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType2;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShadingType2;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * Draws the layers of one print page, in points, the way {@code LayerPainter} draws a preview: pictures bleed to the
 * media box edge, text and attribution stay inside the safe box, set by the book's {@link Typesetter} and written as
 * outlines ({@link PdfText}).
 */
final class PdfPagePainter {
  static final Color PAPER = new Color(0xFFF6E5);
  static final Color SKY = new Color(0xDCEBF7);
  private static final double ATTRIBUTION_BAND = 0.045;
  private static final double ATTRIBUTION_TEXT = 0.022;

  private final PDPageContentStream cs;
  private final PrintGeometry geometry;
  private final Typesetter typesetter;
  private final int minPpi;

  PdfPagePainter(PDPageContentStream cs, PrintGeometry geometry, Typesetter typesetter, int minPpi) {
    this.cs = cs;
    this.geometry = geometry;
    this.typesetter = typesetter;
    this.minPpi = minPpi;
  }

  void background(boolean hasPicture) throws IOException {
    PDRectangle media = geometry.media();
    cs.saveGraphicsState();
    cs.addRect(0, 0, media.getWidth(), media.getHeight());
    if (hasPicture) {
      cs.setNonStrokingColor(PAPER);
      cs.fill();
    } else {
      // A vector gradient: sharp at any resolution, and tiny.
      cs.clip();
      cs.shadingFill(gradient(media.getHeight()));
    }
    cs.restoreGraphicsState();
  }

  /** A dependency picture over the whole media box (bleed included), fitted like the preview. */
  void image(Layer.Fit fit, PDImageXObject image, String what) throws IOException {
    PDRectangle media = geometry.media();
    double sx = media.getWidth() / image.getWidth();
    double sy = media.getHeight() / image.getHeight();
    double w = media.getWidth();
    double h = media.getHeight();
    if (fit != Layer.Fit.FILL) {
      double scale = fit == Layer.Fit.FIT ? Math.min(sx, sy) : Math.max(sx, sy);
      w = image.getWidth() * scale;
      h = image.getHeight() * scale;
    }
    requireResolution(image, w, h, what);
    cs.saveGraphicsState();
    cs.addRect(0, 0, media.getWidth(), media.getHeight());
    cs.clip();
    cs.drawImage(image, (float) ((media.getWidth() - w) / 2), (float) ((media.getHeight() - h) / 2), (float) w, (float) h);
    cs.restoreGraphicsState();
  }

  /** Template art; its box is relative to the trim, top-left origin as in the template. */
  void art(PDImageXObject image, double x, double y, double width, String what) throws IOException {
    PDRectangle trim = geometry.trim();
    double w = width * trim.getWidth();
    double h = w * image.getHeight() / image.getWidth();
    requireResolution(image, w, h, what);
    double left = trim.getLowerLeftX() + x * trim.getWidth();
    double top = trim.getUpperRightY() - y * trim.getHeight();
    cs.drawImage(image, (float) left, (float) (top - h), (float) w, (float) h);
  }

  /** Text centred on the trim with its visual middle at {@code relativeY} from the top; shrunk and moved into the safe box. */
  void text(Layer.Text text) throws IOException {
    PDRectangle trim = geometry.trim();
    PDRectangle safe = geometry.safe();
    SetLine line = typesetter.set(text.text());
    float size = (float) (text.relativeSize() * trim.getHeight());
    size = Math.min(size, safe.getWidth() / line.advance(1));
    float ascent = line.ascent(size);
    float descent = line.descent(size);
    float x = trim.getLowerLeftX() + (trim.getWidth() - line.advance(size)) / 2;
    float baseline = (float) (trim.getUpperRightY() - text.relativeY() * trim.getHeight() - (ascent - descent) / 2);
    baseline = Math.min(baseline, safe.getUpperRightY() - ascent);
    baseline = Math.max(baseline, safe.getLowerLeftY() + descent);
    Color colour = Color.decode(text.colour());
    // A soft shadow in the opposite tone keeps the text legible on pictures as well as on paper (as in the preview).
    float offset = Math.max(0.5f, size / 30);
    boolean light = luminance(colour) > 0.5;
    show(line, size, x + offset, baseline - offset, light ? Color.BLACK : Color.WHITE, light ? 0.35f : 0.6f, true);
    show(line, size, x, baseline, colour, 1f, false);
  }

  /** The provider's attribution on a translucent band along the bottom, the band bleeding off, the text in the safe box. */
  void attribution(String attribution) throws IOException {
    if (attribution == null || attribution.isBlank()) {
      return;
    }
    PDRectangle media = geometry.media();
    PDRectangle trim = geometry.trim();
    PDRectangle safe = geometry.safe();
    float band = (float) (ATTRIBUTION_BAND * trim.getHeight());
    cs.saveGraphicsState();
    cs.setGraphicsStateParameters(alpha(0.45f));
    cs.setNonStrokingColor(Color.BLACK);
    cs.addRect(0, 0, media.getWidth(), safe.getLowerLeftY() + band);
    cs.fill();
    cs.restoreGraphicsState();
    SetLine line = typesetter.set(attribution);
    float size = (float) (ATTRIBUTION_TEXT * trim.getHeight());
    size = Math.min(size, safe.getWidth() / line.advance(1));
    float baseline = safe.getLowerLeftY() + (band - line.ascent(size) - line.descent(size)) / 2 + line.descent(size);
    // Placed from its left edge in a left-to-right book, from its right edge in a right-to-left one.
    float x = typesetter.direction() == TextDirection.RTL ? safe.getUpperRightX() - line.advance(size) : safe.getLowerLeftX();
    show(line, size, x, baseline, Color.WHITE, 1f, false);
  }

  private void show(SetLine line, float size, float x, float baseline, Color colour, float alpha, boolean shadow)
      throws IOException {
    cs.saveGraphicsState();
    if (alpha < 1f) {
      cs.setGraphicsStateParameters(alpha(alpha));
    }
    cs.setNonStrokingColor(colour);
    PdfText.fill(cs, line, size, x, baseline, shadow);
    cs.restoreGraphicsState();
  }

  private void requireResolution(PDImageXObject image, double widthPt, double heightPt, String what) {
    double ppi = Math.min(image.getWidth() / (widthPt / 72), image.getHeight() / (heightPt / 72));
    if (ppi + 1e-6 < minPpi) {
      throw new PermanentFailure(
          FailureReason.LOW_RESOLUTION_IMAGE,
          String.format(
              java.util.Locale.ROOT,
              "%s: %d×%d px placed at %.1f × %.1f mm is %.0f ppi, below the printhouse's %d",
              what, image.getWidth(), image.getHeight(), widthPt / PrintGeometry.POINTS_PER_MM, heightPt / PrintGeometry.POINTS_PER_MM, ppi, minPpi));
    }
  }

  private static PDExtendedGraphicsState alpha(float alpha) {
    PDExtendedGraphicsState state = new PDExtendedGraphicsState();
    state.setNonStrokingAlphaConstant(alpha);
    return state;
  }

  private static PDShading gradient(float height) {
    COSDictionary function = new COSDictionary();
    function.setInt(COSName.FUNCTION_TYPE, 2);
    function.setItem(COSName.DOMAIN, floats(0, 1));
    function.setItem(COSName.C0, rgb(PAPER));
    function.setItem(COSName.C1, rgb(SKY));
    function.setItem(COSName.N, COSInteger.ONE);
    PDShadingType2 shading = new PDShadingType2(new COSDictionary());
    shading.setShadingType(PDShading.SHADING_TYPE2);
    shading.setColorSpace(PDDeviceRGB.INSTANCE);
    shading.setCoords(floats(0, height, 0, 0)); // paper at the top, sky at the bottom
    shading.setFunction(new PDFunctionType2(function));
    COSArray extend = new COSArray();
    extend.add(COSBoolean.TRUE);
    extend.add(COSBoolean.TRUE);
    shading.setExtend(extend);
    return shading;
  }

  private static COSArray rgb(Color c) {
    return floats(c.getRed() / 255f, c.getGreen() / 255f, c.getBlue() / 255f);
  }

  private static COSArray floats(float... values) {
    COSArray array = new COSArray();
    for (float v : values) {
      array.add(new COSFloat(v));
    }
    return array;
  }

  private static double luminance(Color c) {
    return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
  }
}
