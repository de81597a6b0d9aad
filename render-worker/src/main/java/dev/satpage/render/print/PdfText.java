package dev.satpage.render.print;

import dev.satpage.render.text.SetLine;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * Writes a {@link SetLine} into a PDF page as its glyph outlines: filled vector paths, the same
 * shapes the preview fills. Text as outlines needs no font in the file, so the print file cannot
 * lack a glyph, cannot have a font substituted by the printhouse's RIP, and shows shaped Arabic,
 * Indic conjuncts and right-to-left names exactly as laid out (PDFBox itself does no bidi and no
 * Arabic shaping: PDFBOX-4557, PDFBOX-3550). Preflight accepts outlined text wherever it demands
 * embedded fonts (PDF/X-1a and PDF/X-4 require every <em>font used</em> to be embedded; an outline
 * uses none: https://workflowhelp.kodak.com/display/EVO100/Technical+characteristics+of+PDF_X-1a
 * and https://filecheck.io/docs/configuration/preflight/fonts-text, "convert your text to
 * outlines", read 2026-12-02).
 *
 * <p>The words travel with their outlines: the filled line is marked content carrying the line as
 * {@code /ActualText} (ISO 32000-1 §14.9.4, replacement text), and its shadow is an {@code
 * /Artifact} so it is not read twice. Tools that read marked content get the words; text extractors
 * that apply ActualText only around text operators (poppler's pdftotext) get none, which a print
 * file does not need.
 */
final class PdfText {
  private static final COSName SPAN = COSName.getPDFName("Span");

  private PdfText() {}

  /**
   * Fills {@code line} at {@code size} points, starting at {@code x} on {@code baseline} (PDF
   * coordinates, y up).
   */
  static void fill(
      PDPageContentStream cs, SetLine line, float size, float x, float baseline, boolean artifact)
      throws IOException {
    if (artifact) {
      cs.beginMarkedContent(COSName.ARTIFACT);
    } else {
      COSDictionary properties = new COSDictionary();
      properties.setString(COSName.ACTUAL_TEXT, line.text());
      cs.beginMarkedContent(SPAN, PDPropertyList.create(properties));
    }
    // Layout coordinates grow downwards from the baseline; PDF's grow upwards.
    fill(cs, line.outline(size, new AffineTransform(1, 0, 0, -1, x, baseline)));
    cs.endMarkedContent();
  }

  /**
   * The path of {@code shape}, filled with its own winding rule; quadratic segments become their
   * exact cubics.
   */
  static void fill(PDPageContentStream cs, Shape shape) throws IOException {
    float[] c = new float[6];
    float lastX = 0;
    float lastY = 0;
    float startX = 0;
    float startY = 0;
    PathIterator it = shape.getPathIterator(null);
    int winding = it.getWindingRule();
    if (it.isDone()) {
      return; // nothing to fill (a line of spaces): a fill without a path is an error in PDF
    }
    for (; !it.isDone(); it.next()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> {
          cs.moveTo(c[0], c[1]);
          startX = c[0];
          startY = c[1];
          lastX = c[0];
          lastY = c[1];
        }
        case PathIterator.SEG_LINETO -> {
          cs.lineTo(c[0], c[1]);
          lastX = c[0];
          lastY = c[1];
        }
        case PathIterator.SEG_QUADTO -> {
          // A quadratic Bézier (TrueType) as a cubic: control points two thirds of the way to the
          // quadratic's one.
          cs.curveTo(
              lastX + 2f / 3 * (c[0] - lastX),
              lastY + 2f / 3 * (c[1] - lastY),
              c[2] + 2f / 3 * (c[0] - c[2]),
              c[3] + 2f / 3 * (c[1] - c[3]),
              c[2],
              c[3]);
          lastX = c[2];
          lastY = c[3];
        }
        case PathIterator.SEG_CUBICTO -> {
          cs.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
          lastX = c[4];
          lastY = c[5];
        }
        case PathIterator.SEG_CLOSE -> {
          cs.closePath();
          lastX = startX;
          lastY = startY;
        }
        default -> throw new IllegalStateException("unknown path segment");
      }
    }
    if (winding == PathIterator.WIND_EVEN_ODD) {
      cs.fillEvenOdd();
    } else {
      cs.fill();
    }
  }
}
