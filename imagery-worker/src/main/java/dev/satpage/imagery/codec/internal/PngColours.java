package dev.satpage.imagery.codec.internal;

import java.util.Arrays;

/**
 * The colour of each sample value of the one-sample colour types, from IHDR, PLTE and tRNS (PNG
 * specification, Third Edition, https://www.w3.org/TR/png-3/, read 2026-12-02; {@code #…} are its
 * sections). A greyscale image is decoded like an indexed one through a greyscale table, so both
 * share one pixel loop.
 */
final class PngColours {
  private static final int OPAQUE_BLACK = 0xFF000000;

  private PngColours() {}

  /**
   * ARGB per sample value (2^bitDepth entries) for colour types 0 and 3, null for the others.
   * Greyscale: value v of depth d is v · 255 / (2^d − 1) on all three channels
   * (#13Sample-depth-rescaling: exact for d = 1, 2, 4, 8), alpha 0 for the tRNS grey (#11tRNS).
   * Indexed: the PLTE entry, alpha from tRNS (entries beyond it opaque), and indexes beyond the
   * palette opaque black (#13Decoders.Errors: "now required by this specification").
   */
  static int[] lut(int colourType, int bitDepth, int[] palette, byte[] trns) {
    if ((colourType != 0 && colourType != 3) || bitDepth > 8) {
      return null;
    }
    int size = 1 << bitDepth;
    int[] lut = new int[size];
    if (colourType == 0) {
      int key = trns == null ? -1 : (trns[0] & 0xFF) << 8 | (trns[1] & 0xFF);
      for (int v = 0; v < size; v++) {
        int grey = v * 255 / (size - 1);
        lut[v] = (v == key ? 0 : 0xFF000000) | grey << 16 | grey << 8 | grey;
      }
      return lut;
    }
    Arrays.fill(lut, OPAQUE_BLACK);
    for (int i = 0; i < palette.length && i < size; i++) {
      int alpha = trns != null && i < trns.length ? trns[i] & 0xFF : 0xFF;
      lut[i] = alpha << 24 | palette[i];
    }
    return lut;
  }

  /**
   * For truecolour with a tRNS chunk, the 0xRRGGBB of the transparent colour: its three 2-byte
   * samples (#11tRNS), each within the 8-bit range, else -1 — a sample above 255 matches no 8-bit
   * pixel. -1 without tRNS or for other types.
   */
  static int transparentRgb(PngFile.Ihdr ihdr, byte[] trns) {
    if (ihdr.colourType() != 2 || trns == null || ihdr.bitDepth() != 8) {
      return -1;
    }
    int rgb = 0;
    for (int i = 0; i < 3; i++) {
      int sample = (trns[2 * i] & 0xFF) << 8 | (trns[2 * i + 1] & 0xFF);
      if (sample > 0xFF) {
        return -1;
      }
      rgb = rgb << 8 | sample;
    }
    return rgb;
  }
}
