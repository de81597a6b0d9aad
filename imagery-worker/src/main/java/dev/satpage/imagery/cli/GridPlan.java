package dev.satpage.imagery.cli;

import dev.satpage.imagery.codec.JpegHeader;
import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.imagery.plan.PlannedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan of a page made of local JPEGs laid out row-major in a {@code columns} x {@code rows}
 * grid: column widths come from the first row, row heights from the first column, and every image
 * must match its cell. Pure.
 */
final class GridPlan {
  private GridPlan() {}

  static PagePlan of(int columns, int rows, List<byte[]> jpegs) {
    if (jpegs.size() != columns * rows) {
      throw new IllegalArgumentException(
          "a "
              + columns
              + "x"
              + rows
              + " grid needs "
              + columns * rows
              + " images, got "
              + jpegs.size());
    }
    List<JpegHeader> headers = jpegs.stream().map(JpegHeader::read).toList();
    int[] widths = new int[columns];
    int[] heights = new int[rows];
    for (int c = 0; c < columns; c++) {
      widths[c] = headers.get(c).width();
    }
    for (int r = 0; r < rows; r++) {
      heights[r] = headers.get(r * columns).height();
    }
    List<PlannedImage> cells = new ArrayList<>(jpegs.size());
    int y = 0;
    for (int r = 0; r < rows; r++) {
      int x = 0;
      for (int c = 0; c < columns; c++) {
        JpegHeader h = headers.get(r * columns + c);
        if (h.width() != widths[c] || h.height() != heights[r]) {
          throw new IllegalArgumentException(
              "image "
                  + (r * columns + c)
                  + " is "
                  + h.width()
                  + "x"
                  + h.height()
                  + ", its cell "
                  + widths[c]
                  + "x"
                  + heights[r]);
        }
        cells.add(new ImageRequest(0, 0, 1, widths[c], heights[r], x, y));
        x += widths[c];
      }
      y += heights[r];
    }
    int width = 0;
    for (int w : widths) {
      width += w;
    }
    return new PagePlan(0, 0, 0, width, y, cells);
  }
}
