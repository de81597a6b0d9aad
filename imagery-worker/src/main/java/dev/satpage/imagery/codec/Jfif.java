package dev.satpage.imagery.codec;

/**
 * Sets the pixel density in a JPEG's JFIF APP0 header in place, which both encoders write with "no
 * units, 1:1".
 */
final class Jfif {
  private Jfif() {}

  /**
   * Writes {@code ppi} dots per inch into the JFIF header that follows SOI (layout: FF D8, FF E0,
   * length, "JFIF\0", version (2), units (1), X density (2), Y density (2);
   * https://www.w3.org/Graphics/JPEG/jfif3.pdf).
   */
  static byte[] withDensity(byte[] jpeg, int ppi) {
    if (jpeg.length < 18
        || (jpeg[2] & 0xFF) != 0xFF
        || (jpeg[3] & 0xFF) != 0xE0
        || jpeg[6] != 'J'
        || jpeg[7] != 'F'
        || jpeg[8] != 'I'
        || jpeg[9] != 'F'
        || jpeg[10] != 0) {
      throw new IllegalStateException("encoder wrote no JFIF header first");
    }
    jpeg[13] = 1; // units: dots per inch
    jpeg[14] = (byte) (ppi >> 8);
    jpeg[15] = (byte) ppi;
    jpeg[16] = (byte) (ppi >> 8);
    jpeg[17] = (byte) ppi;
    return jpeg;
  }
}
