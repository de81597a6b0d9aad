package dev.satpage.render.print;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads back what a PDF page draws, independently of how the renderer meant to draw it: every image
 * with the size it is placed at (from the current transformation matrix when {@code Do} runs),
 * every glyph's position, and the paths filled in each marked-content sequence (text written as
 * outlines).
 */
final class PdfInspection {
  /**
   * An image drawn on a page: its pixels, where it lands (points, bottom-left origin) and the
   * stream it came from.
   */
  record PlacedImage(PDImageXObject image, float x, float y, float widthPt, float heightPt) {
    double ppiX() {
      return image.getWidth() / (widthPt / 72.0);
    }

    double ppiY() {
      return image.getHeight() / (heightPt / 72.0);
    }
  }

  /** A glyph drawn on a page, its box in points with a bottom-left origin. */
  record Glyph(String text, float left, float right, float bottom, float top) {}

  /**
   * Paths filled inside one marked-content sequence: a {@code /Span} with its {@code /ActualText},
   * or an {@code /Artifact} (text null); {@code ink} is the union of their bounds in points,
   * bottom-left origin.
   */
  record TextRun(String text, boolean artifact, Rectangle2D ink) {}

  private PdfInspection() {}

  static List<PlacedImage> images(PDPage page) throws IOException {
    List<PlacedImage> found = new ArrayList<>();
    PDFStreamEngine engine =
        new PDFStreamEngine() {
          {
            addOperator(new Concatenate(this));
            addOperator(new DrawObject(this));
            addOperator(new SetGraphicsStateParameters(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new SetMatrix(this));
          }

          @Override
          protected void processOperator(Operator operator, List<COSBase> operands)
              throws IOException {
            if ("Do".equals(operator.getName())) {
              PDXObject xobject = getResources().getXObject((COSName) operands.getFirst());
              if (xobject instanceof PDImageXObject image) {
                Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                found.add(
                    new PlacedImage(
                        image,
                        ctm.getTranslateX(),
                        ctm.getTranslateY(),
                        ctm.getScalingFactorX(),
                        ctm.getScalingFactorY()));
                return;
              }
            }
            super.processOperator(operator, operands);
          }
        };
    engine.processPage(page);
    return found;
  }

  /** Every marked-content sequence of {@code page} that fills paths, in drawing order. */
  static List<TextRun> textRuns(PDPage page) throws IOException {
    List<TextRun> runs = new ArrayList<>();
    PDFGraphicsStreamEngine engine =
        new PDFGraphicsStreamEngine(page) {
          final Deque<String[]> open = new ArrayDeque<>(); // {tag, actual text}
          final GeneralPath path = new GeneralPath();
          Rectangle2D ink;

          {
            addOperator(new BeginMarkedContentSequence(this));
            addOperator(new BeginMarkedContentSequenceWithProperties(this));
            addOperator(new EndMarkedContentSequence(this));
          }

          @Override
          public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            open.push(
                new String[] {
                  tag.getName(),
                  properties == null ? null : properties.getString(COSName.ACTUAL_TEXT)
                });
            ink = null;
          }

          @Override
          public void endMarkedContentSequence() {
            String[] closed = open.pop();
            if (ink != null) {
              runs.add(new TextRun(closed[1], closed[0].equals("Artifact"), ink));
            }
            ink = null;
          }

          @Override
          public void fillPath(int windingRule) {
            if (!open.isEmpty()) {
              Rectangle2D bounds = path.getBounds2D();
              ink = ink == null ? bounds : ink.createUnion(bounds);
            }
            path.reset();
          }

          @Override
          public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.moveTo(p0.getX(), p0.getY());
            path.lineTo(p1.getX(), p1.getY());
            path.lineTo(p2.getX(), p2.getY());
            path.lineTo(p3.getX(), p3.getY());
            path.closePath();
          }

          @Override
          public void moveTo(float x, float y) {
            path.moveTo(x, y);
          }

          @Override
          public void lineTo(float x, float y) {
            path.lineTo(x, y);
          }

          @Override
          public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            path.curveTo(x1, y1, x2, y2, x3, y3);
          }

          @Override
          public Point2D getCurrentPoint() {
            return path.getCurrentPoint() == null ? new Point2D.Float() : path.getCurrentPoint();
          }

          @Override
          public void closePath() {
            path.closePath();
          }

          @Override
          public void endPath() {
            path.reset();
          }

          @Override
          public void strokePath() {
            path.reset();
          }

          @Override
          public void fillAndStrokePath(int windingRule) {
            fillPath(windingRule);
          }

          @Override
          public void clip(int windingRule) {}

          @Override
          public void drawImage(PDImage pdImage) {}

          @Override
          public void shadingFill(COSName shadingName) {}
        };
    engine.processPage(page);
    return runs;
  }

  /** Every glyph on page {@code pageIndex} (0-based) of {@code document}. */
  static List<Glyph> glyphs(org.apache.pdfbox.pdmodel.PDDocument document, int pageIndex)
      throws IOException {
    List<Glyph> glyphs = new ArrayList<>();
    float mediaHeight = document.getPage(pageIndex).getMediaBox().getHeight();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
              // TextPosition's Y is measured from the top; its height is roughly the cap height.
              float baseline = mediaHeight - p.getYDirAdj();
              glyphs.add(
                  new Glyph(
                      p.getUnicode(),
                      p.getXDirAdj(),
                      p.getXDirAdj() + p.getWidthDirAdj(),
                      baseline,
                      baseline + p.getHeightDir()));
            }
          }
        };
    stripper.setStartPage(pageIndex + 1);
    stripper.setEndPage(pageIndex + 1);
    stripper.getText(document);
    return glyphs;
  }
}
