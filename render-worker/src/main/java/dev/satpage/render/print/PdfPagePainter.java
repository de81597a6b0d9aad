package dev.satpage.render.print;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.render.design.Box;
import dev.satpage.render.design.Element;
import dev.satpage.render.design.PixelSize;
import dev.satpage.render.design.Rgb;
import dev.satpage.render.text.SetLines;
import java.awt.Color;
import java.io.IOException;
import java.util.Locale;
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
 * Draws the {@link Element}s of one print page into its content stream: converts millimetres to
 * points ({@link PdfSpace}) and draws, nothing else, besides refusing a picture placed below the
 * printhouse's resolution. Text is written as the outlines of the lines the design measured ({@link
 * PdfText}).
 */
final class PdfPagePainter {
  private final PDPageContentStream cs;
  private final PdfSpace space;
  private final SetLines lines;
  private final PdfPictures pictures;
  private final int minPpi;

  PdfPagePainter(
      PDPageContentStream cs, PdfSpace space, SetLines lines, PdfPictures pictures, int minPpi) {
    this.cs = cs;
    this.space = space;
    this.lines = lines;
    this.pictures = pictures;
    this.minPpi = minPpi;
  }

  void draw(Element element) throws IOException {
    switch (element) {
      case Element.Fill f -> fill(f);
      case Element.Picture p -> {
        requireResolution(p.pixels(), p.box(), pictures.describeDependency(p.dependencyId()));
        cs.saveGraphicsState();
        rect(p.clip());
        cs.clip();
        image(pictures.dependencyPicture(p.dependencyId()), p.box());
        cs.restoreGraphicsState();
      }
      case Element.Art a -> {
        requireResolution(a.pixels(), a.box(), PdfPictures.describeArt(a.asset()));
        image(pictures.artPicture(a.asset()), a.box());
      }
      case Element.Band b -> {
        cs.saveGraphicsState();
        cs.setGraphicsStateParameters(alpha((float) b.alpha()));
        cs.setNonStrokingColor(colour(b.colour()));
        rect(b.box());
        cs.fill();
        cs.restoreGraphicsState();
      }
      case Element.Line l -> {
        cs.saveGraphicsState();
        if (l.alpha() < 1) {
          cs.setGraphicsStateParameters(alpha((float) l.alpha()));
        }
        cs.setNonStrokingColor(colour(l.colour()));
        PdfText.fill(
            cs,
            lines.line(l.text()),
            PdfSpace.pt(l.size()),
            space.x(l.x()),
            space.y(l.baseline()),
            l.shadow());
        cs.restoreGraphicsState();
      }
    }
  }

  private void fill(Element.Fill f) throws IOException {
    cs.saveGraphicsState();
    rect(f.box());
    if (f.top().equals(f.bottom())) {
      cs.setNonStrokingColor(colour(f.top()));
      cs.fill();
    } else {
      // A vector gradient: sharp at any resolution, and tiny.
      cs.clip();
      cs.shadingFill(
          gradient(f.top(), f.bottom(), space.y(f.box().y()), space.y(f.box().bottom())));
    }
    cs.restoreGraphicsState();
  }

  private void image(PDImageXObject image, Box box) throws IOException {
    PDRectangle r = space.rect(box);
    cs.drawImage(image, r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight());
  }

  private void rect(Box box) throws IOException {
    PDRectangle r = space.rect(box);
    cs.addRect(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight());
  }

  private void requireResolution(PixelSize pixels, Box box, String what) {
    double ppi =
        Math.min(pixels.width() / (box.width() / 25.4), pixels.height() / (box.height() / 25.4));
    if (ppi + 1e-6 < minPpi) {
      throw new PermanentFailure(
          FailureReason.LOW_RESOLUTION_IMAGE,
          String.format(
              Locale.ROOT,
              "%s: %d×%d px placed at %.1f × %.1f mm is %.0f ppi, below the printhouse's %d",
              what,
              pixels.width(),
              pixels.height(),
              box.width(),
              box.height(),
              ppi,
              minPpi));
    }
  }

  private static Color colour(Rgb rgb) {
    return new Color(rgb.red(), rgb.green(), rgb.blue());
  }

  private static PDExtendedGraphicsState alpha(float alpha) {
    PDExtendedGraphicsState state = new PDExtendedGraphicsState();
    state.setNonStrokingAlphaConstant(alpha);
    return state;
  }

  private static PDShading gradient(Rgb top, Rgb bottom, float topY, float bottomY) {
    COSDictionary function = new COSDictionary();
    function.setInt(COSName.FUNCTION_TYPE, 2);
    function.setItem(COSName.DOMAIN, floats(0, 1));
    function.setItem(COSName.C0, rgb(top));
    function.setItem(COSName.C1, rgb(bottom));
    function.setItem(COSName.N, COSInteger.ONE);
    PDShadingType2 shading = new PDShadingType2(new COSDictionary());
    shading.setShadingType(PDShading.SHADING_TYPE2);
    shading.setColorSpace(PDDeviceRGB.INSTANCE);
    shading.setCoords(floats(0, topY, 0, bottomY));
    shading.setFunction(new PDFunctionType2(function));
    COSArray extend = new COSArray();
    extend.add(COSBoolean.TRUE);
    extend.add(COSBoolean.TRUE);
    shading.setExtend(extend);
    return shading;
  }

  private static COSArray rgb(Rgb c) {
    return floats(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
  }

  private static COSArray floats(float... values) {
    COSArray array = new COSArray();
    for (float v : values) {
      array.add(new COSFloat(v));
    }
    return array;
  }
}
