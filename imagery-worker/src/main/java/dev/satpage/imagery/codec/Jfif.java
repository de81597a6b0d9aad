package dev.satpage.imagery.codec;

/** Sets the pixel density in a JPEG's JFIF APP0 header in place, which both encoders write with "no units, 1:1". */
public final class Jfif {
  private static final int APP0_LENGTH = 16;

  private Jfif() {}

  /**
   * {@code jpeg} declaring {@code ppi} dots per inch: its JFIF header patched in place if it starts with one, else a
   * copy with a JFIF 1.01 header inserted after SOI (a provider JPEG may carry only Exif, or nothing).
   */
  public static byte[] ensureDensity(byte[] jpeg, int ppi) {
    if (startsWithJfif(jpeg)) {
      return withDensity(jpeg, ppi);
    }
    byte[] app0 = {
      (byte) 0xFF, (byte) 0xE0, 0, APP0_LENGTH, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
    };
    byte[] result = new byte[jpeg.length + app0.length];
    System.arraycopy(jpeg, 0, result, 0, 2); // SOI
    System.arraycopy(app0, 0, result, 2, app0.length);
    System.arraycopy(jpeg, 2, result, 2 + app0.length, jpeg.length - 2);
    return withDensity(result, ppi);
  }

  private static boolean startsWithJfif(byte[] jpeg) {
    return jpeg.length >= 18 && (jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0 && jpeg[6] == 'J'
        && jpeg[7] == 'F' && jpeg[8] == 'I' && jpeg[9] == 'F' && jpeg[10] == 0;
  }

  /**
   * Writes {@code ppi} dots per inch into the JFIF header that follows SOI (layout: FF D8, FF E0, length, "JFIF\0",
   * version (2), units (1), X density (2), Y density (2); https://www.w3.org/Graphics/JPEG/jfif3.pdf).
   */
  static byte[] withDensity(byte[] jpeg, int ppi) {
    if (!startsWithJfif(jpeg)) {
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
