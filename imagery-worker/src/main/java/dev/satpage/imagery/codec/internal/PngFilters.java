package dev.satpage.imagery.codec.internal;

import static dev.satpage.imagery.codec.internal.PngFile.corrupt;

/**
 * The reconstruction functions of PNG filter method 0 (PNG specification, Third Edition, #9Filter-types and
 * #9Filter-type-4-Paeth, https://www.w3.org/TR/png-3/, read 2026-12-02), in place: for byte x of the row, a is the byte
 * {@code bpp} to its left, b the byte above, c the byte left of b; bytes left of the row are 0; arithmetic is modulo
 * 256 (Java's byte addition wraps exactly so), except Average's sum (nine bits) and Paeth's predictor, which are exact.
 */
final class PngFilters {
  private PngFilters() {}

  /**
   * Reconstructs {@code row[at, at + length)} from its filtered bytes, with the reconstructed previous row at
   * {@code above[aboveAt, …)} (zeros for the first row).
   */
  static void reconstruct(int filter, byte[] row, int at, byte[] above, int aboveAt, int length, int bpp, int y) {
    switch (filter) {
      case 0 -> { } // None
      case 1 -> { // Sub: Recon(x) = Filt(x) + Recon(a)
        for (int i = at + bpp, end = at + length; i < end; i++) {
          row[i] += row[i - bpp];
        }
      }
      case 2 -> { // Up: Recon(x) = Filt(x) + Recon(b)
        for (int i = 0; i < length; i++) {
          row[at + i] += above[aboveAt + i];
        }
      }
      case 3 -> { // Average: Recon(x) = Filt(x) + floor((Recon(a) + Recon(b)) / 2)
        int first = Math.min(bpp, length);
        for (int i = 0; i < first; i++) {
          row[at + i] += (byte) ((above[aboveAt + i] & 0xFF) >>> 1);
        }
        for (int i = first; i < length; i++) {
          row[at + i] += (byte) (((row[at + i - bpp] & 0xFF) + (above[aboveAt + i] & 0xFF)) >>> 1);
        }
      }
      case 4 -> paeth(row, at, above, aboveAt, length, bpp);
      default -> throw corrupt("PNG row " + y + " has filter type " + filter + " (0-4 are defined)");
    }
  }

  /** Paeth: Recon(x) = Filt(x) + PaethPredictor(Recon(a), Recon(b), Recon(c)). */
  private static void paeth(byte[] row, int at, byte[] above, int aboveAt, int length, int bpp) {
    int first = Math.min(bpp, length);
    for (int i = 0; i < first; i++) { // a = c = 0, so the predictor is b
      row[at + i] += above[aboveAt + i];
    }
    for (int i = first; i < length; i++) {
      int a = row[at + i - bpp] & 0xFF;
      int b = above[aboveAt + i] & 0xFF;
      int c = above[aboveAt + i - bpp] & 0xFF;
      // p = a + b - c; pa = |p - a| = |b - c|; pb = |p - b| = |a - c|; pc = |p - c|; ties in the order a, b, c.
      int pa = Math.abs(b - c);
      int pb = Math.abs(a - c);
      int pc = Math.abs(a + b - c - c);
      int predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      row[at + i] += (byte) predictor;
    }
  }
}
