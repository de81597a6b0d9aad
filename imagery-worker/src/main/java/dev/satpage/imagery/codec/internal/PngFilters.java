package dev.satpage.imagery.codec.internal;

import static dev.satpage.imagery.codec.internal.PngFile.corrupt;

/**
 * The reconstruction functions of PNG filter method 0 (PNG specification, Third Edition,
 * #9Filter-types and #9Filter-type-4-Paeth, https://www.w3.org/TR/png-3/, read 2026-12-02), in
 * place: for byte x of the row, a is the byte {@code bpp} to its left, b the byte above, c the byte
 * left of b; bytes left of the row are 0; arithmetic is modulo 256 (Java's byte addition wraps
 * exactly so), except Average's sum (nine bits) and Paeth's predictor, which are exact.
 */
final class PngFilters {
  private PngFilters() {}

  /**
   * Reconstructs {@code row[at, at + length)} from its filtered bytes, with the reconstructed
   * previous row at {@code above[aboveAt, …)} (zeros for the first row).
   */
  static void reconstruct(
      int filter, byte[] row, int at, byte[] above, int aboveAt, int length, int bpp, int y) {
    switch (filter) {
      case 0 -> {} // None
      case 1 -> sub(row, at, length, bpp);
      case 2 -> { // Up: Recon(x) = Filt(x) + Recon(b)
        for (int i = 0; i < length; i++) {
          row[at + i] += above[aboveAt + i];
        }
      }
      case 3 -> average(row, at, above, aboveAt, length, bpp);
      case 4 -> paeth(row, at, above, aboveAt, length, bpp);
      default ->
          throw corrupt("PNG row " + y + " has filter type " + filter + " (0-4 are defined)");
    }
  }

  // Sub and Average depend on the byte bpp to the left: walking each channel on its own keeps that
  // byte in a register instead of reading back what was just stored (2-4x faster on a 512-px RGB
  // row, measured 2026-12-02).

  /** Sub: Recon(x) = Filt(x) + Recon(a). */
  private static void sub(byte[] row, int at, int length, int bpp) {
    for (int channel = 0; channel < bpp; channel++) {
      int a = 0;
      for (int i = at + channel, end = at + length; i < end; i += bpp) {
        a = (row[i] + a) & 0xFF;
        row[i] = (byte) a;
      }
    }
  }

  /** Average: Recon(x) = Filt(x) + floor((Recon(a) + Recon(b)) / 2), the sum in nine bits. */
  private static void average(byte[] row, int at, byte[] above, int aboveAt, int length, int bpp) {
    for (int channel = 0; channel < bpp; channel++) {
      int a = 0;
      for (int i = channel; i < length; i += bpp) {
        a = (row[at + i] + ((a + (above[aboveAt + i] & 0xFF)) >>> 1)) & 0xFF;
        row[at + i] = (byte) a;
      }
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
      row[at + i] += (byte) predictor(a, b, c);
    }
  }

  /**
   * PaethPredictor — the one of a, b, c nearest p = a + b − c, ties going to a, then b — in the
   * formulation of {@code stbi__paeth} in stb_image.h
   * (https://github.com/nothings/stb/blob/master/stb_image.h, read 2026-12-02): with lo and hi the
   * smaller and larger of a and b, the answer is hi if 3c − a − b ≤ lo, else lo if hi ≤ 3c − a − b,
   * else c. It is the specification's function (PngFiltersTest compares all 2^24 inputs) in half
   * the operations. The two choices are made with sign masks rather than conditionals: on imagery
   * they look random, and whether the JIT compiles a conditional as a branch or a conditional move
   * depends on the profile it happened to see — with conditionals, PngPageBenchmark's adaptively
   * filtered page took 166 to 290 ms from one JVM to the next (six forks), with masks 182–187 ms
   * (four forks). On those tiles' Paeth rows this unfilters 1.3 times as fast as the
   * specification's three absolute differences (measured here 2026-12-02).
   */
  static int predictor(int a, int b, int c) {
    int threshold = 3 * c - a - b; // all values stay within ±1020: no overflow
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    int cNotLo = (threshold - hi) >> 31; // all ones when threshold < hi: c, else lo
    int loOrC = lo ^ ((lo ^ c) & cNotLo);
    int notHi = (lo - threshold) >> 31; // all ones when lo < threshold: loOrC, else hi
    return hi ^ ((hi ^ loOrC) & notHi);
  }
}
