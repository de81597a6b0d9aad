package dev.satpage.render.print;

import dev.satpage.render.design.Box;
import dev.satpage.render.design.Sheet;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The design's millimetres (origin at the trim's top-left, y down) as PDF points (1/72 inch, origin
 * at the media box's bottom-left, y up).
 */
record PdfSpace(Sheet sheet) {
  static final double POINTS_PER_MM = 72 / 25.4;

  /** A length. */
  static float pt(double mm) {
    return (float) (mm * POINTS_PER_MM);
  }

  float x(double mm) {
    return pt(mm + sheet.bleedMm());
  }

  float y(double mm) {
    return pt(sheet.trimHeightMm() + sheet.bleedMm() - mm);
  }

  PDRectangle rect(Box box) {
    return new PDRectangle(x(box.x()), y(box.bottom()), pt(box.width()), pt(box.height()));
  }

  PDRectangle media() {
    return rect(sheet.media());
  }

  PDRectangle trim() {
    return rect(sheet.trim());
  }
}
