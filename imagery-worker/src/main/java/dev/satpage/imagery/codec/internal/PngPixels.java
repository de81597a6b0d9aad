package dev.satpage.imagery.codec.internal;

/**
 * Writes reconstructed PNG scanlines into a BGR page with the image's top-left at ({@code left},
 * {@code top}), clipped to the page. Transparent pixels are composited over what the page holds
 * (black where nothing was drawn) with Java2D's SrcOver arithmetic for an opaque 8-bit destination
 * — per channel {@code mul8(a, src) + mul8(255 − a, dst)}, where {@code mul8(x, y)} is x·y/255
 * rounded — so the page is the one {@code Graphics2D.drawImage} of the JDK reader's image made
 * before this decoder existed. Sample layouts: PNG specification, Third Edition, #7Scanline
 * (https://www.w3.org/TR/png-3/, read 2026-12-02): RGB(A) in that order, sub-byte samples packed
 * from the high bits.
 */
public final class PngPixels implements PngScanlines.RowSink {
  private final PngFile file;
  private final byte[] bgr;
  private final int pageWidth;
  private final int pageHeight;
  private final int left;
  private final int top;

  /** Image columns [{@code from}, {@code to}) land on the page. */
  private final int from;

  private final int to;

  public PngPixels(PngFile file, byte[] bgr, int pageWidth, int pageHeight, int left, int top) {
    this.file = file;
    this.bgr = bgr;
    this.pageWidth = pageWidth;
    this.pageHeight = pageHeight;
    this.left = left;
    this.top = top;
    this.from = Math.max(0, -left);
    this.to = (int) Math.max(from, Math.min(file.width(), (long) pageWidth - left));
  }

  @Override
  public void row(int y, byte[] row, int offset) {
    int pageY = top + y;
    if (pageY < 0 || pageY >= pageHeight || from == to) {
      return; // still reconstructed by the caller: the next row's filters may refer to it
    }
    int out = (pageY * pageWidth + left + from) * 3;
    switch (file.colourType()) {
      case 2 -> truecolour(row, offset + from * 3, out);
      case 6 -> truecolourAlpha(row, offset + from * 4, out);
      case 4 -> greyAlpha(row, offset + from * 2, out);
      default -> indexed(row, offset, out); // 0 and 3, through the colour table
    }
  }

  private void truecolour(byte[] row, int in, int out) {
    int transparent = file.transparentRgb();
    if (transparent < 0) { // the usual case: a plain RGB to BGR copy
      for (int x = from; x < to; x++, in += 3, out += 3) {
        bgr[out] = row[in + 2];
        bgr[out + 1] = row[in + 1];
        bgr[out + 2] = row[in];
      }
      return;
    }
    for (int x = from; x < to; x++, in += 3, out += 3) {
      byte r = row[in];
      byte g = row[in + 1];
      byte b = row[in + 2];
      if (((r & 0xFF) << 16 | (g & 0xFF) << 8 | (b & 0xFF))
          != transparent) { // alpha 0: the page shows through
        bgr[out] = b;
        bgr[out + 1] = g;
        bgr[out + 2] = r;
      }
    }
  }

  private void truecolourAlpha(byte[] row, int in, int out) {
    for (int x = from; x < to; x++, in += 4, out += 3) {
      int a = row[in + 3] & 0xFF;
      if (a == 0xFF) {
        bgr[out] = row[in + 2];
        bgr[out + 1] = row[in + 1];
        bgr[out + 2] = row[in];
      } else if (a != 0) {
        over(out, a, row[in] & 0xFF, row[in + 1] & 0xFF, row[in + 2] & 0xFF);
      }
    }
  }

  private void greyAlpha(byte[] row, int in, int out) {
    for (int x = from; x < to; x++, in += 2, out += 3) {
      int a = row[in + 1] & 0xFF;
      if (a == 0xFF) {
        bgr[out] = row[in];
        bgr[out + 1] = row[in];
        bgr[out + 2] = row[in];
      } else if (a != 0) {
        int grey = row[in] & 0xFF;
        over(out, a, grey, grey, grey);
      }
    }
  }

  private void indexed(byte[] row, int offset, int out) {
    int[] lut = file.lut();
    int depth = file.bitDepth();
    int mask = (1 << depth) - 1;
    for (int x = from; x < to; x++, out += 3) {
      int sample;
      if (depth == 8) {
        sample = row[offset + x] & 0xFF;
      } else {
        int bit = x * depth;
        sample = (row[offset + (bit >>> 3)] >>> (8 - depth - (bit & 7))) & mask;
      }
      int argb = lut[sample];
      int a = argb >>> 24;
      if (a == 0xFF) {
        bgr[out] = (byte) argb;
        bgr[out + 1] = (byte) (argb >>> 8);
        bgr[out + 2] = (byte) (argb >>> 16);
      } else if (a != 0) {
        over(out, a, (argb >>> 16) & 0xFF, (argb >>> 8) & 0xFF, argb & 0xFF);
      }
    }
  }

  /**
   * SrcOver of a non-premultiplied colour with alpha {@code a} (1–254) onto the opaque page pixel
   * at {@code out}.
   */
  private void over(int out, int a, int r, int g, int b) {
    int keep = 0xFF - a;
    bgr[out] = (byte) (mul8(a, b) + mul8(keep, bgr[out] & 0xFF));
    bgr[out + 1] = (byte) (mul8(a, g) + mul8(keep, bgr[out + 1] & 0xFF));
    bgr[out + 2] = (byte) (mul8(a, r) + mul8(keep, bgr[out + 2] & 0xFF));
  }

  /**
   * x·y/255 rounded to nearest (never a tie: 255 is odd): the values of Java2D's {@code mul8table}
   * (src/java.desktop/share/native/libawt/java2d/loops/AlphaMath.c), equal for every x, y in 0–255.
   */
  static int mul8(int x, int y) {
    return (x * y + 127) / 255;
  }
}
