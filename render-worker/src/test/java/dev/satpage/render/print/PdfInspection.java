package dev.satpage.render.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads back what a PDF page draws, independently of how the renderer meant to draw it: every image with the size it
 * is placed at (from the current transformation matrix when {@code Do} runs), and every glyph's position.
 */
final class PdfInspection {
  /** An image drawn on a page: its pixels, where it lands (points, bottom-left origin) and the stream it came from. */
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
          protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ("Do".equals(operator.getName())) {
              PDXObject xobject = getResources().getXObject((COSName) operands.getFirst());
              if (xobject instanceof PDImageXObject image) {
                Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                found.add(new PlacedImage(image, ctm.getTranslateX(), ctm.getTranslateY(), ctm.getScalingFactorX(), ctm.getScalingFactorY()));
                return;
              }
            }
            super.processOperator(operator, operands);
          }
        };
    engine.processPage(page);
    return found;
  }

  /** Every glyph on page {@code pageIndex} (0-based) of {@code document}. */
  static List<Glyph> glyphs(org.apache.pdfbox.pdmodel.PDDocument document, int pageIndex) throws IOException {
    List<Glyph> glyphs = new ArrayList<>();
    float mediaHeight = document.getPage(pageIndex).getMediaBox().getHeight();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
              // TextPosition's Y is measured from the top; its height is roughly the cap height.
              float baseline = mediaHeight - p.getYDirAdj();
              glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(), baseline, baseline + p.getHeightDir()));
            }
          }
        };
    stripper.setStartPage(pageIndex + 1);
    stripper.setEndPage(pageIndex + 1);
    stripper.getText(document);
    return glyphs;
  }
}
