package dev.satpage.model.image;

/**
 * The frame a JPEG declares (size and colour components), read by walking its marker segments up to
 * the first SOFn without decoding anything: cheap, and safe on hostile input (a few bytes claiming
 * 60000 x 60000 allocate nothing). Pure; callers turn {@link IllegalArgumentException} into their
 * own failure reason.
 *
 * @param process the coding process: the SOFn marker's n (0 baseline, 1 extended, 2 progressive, …)
 */
public record JpegFrame(int width, int height, int components, int process) {
  /** {@link #process()} of a baseline JPEG (SOF0). */
  public static final int BASELINE = 0;

  /**
   * {@link #process()} of a progressive Huffman JPEG (SOF2); 1 is extended sequential, 3 and above
   * are lossless or arithmetic-coded processes that few decoders take.
   */
  public static final int PROGRESSIVE = 2;

  /**
   * The declared frame of {@code jpeg}.
   *
   * @throws IllegalArgumentException if it is not a JPEG, is truncated before its frame header or
   *     has none
   */
  public static JpegFrame read(byte[] jpeg) {
    if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
      throw new IllegalArgumentException(
          "no JPEG start-of-image marker in " + jpeg.length + " bytes");
    }
    int i = 2;
    while (i + 4 <= jpeg.length) {
      if ((jpeg[i] & 0xFF) != 0xFF) {
        throw new IllegalArgumentException("no marker at offset " + i);
      }
      int marker = jpeg[i + 1] & 0xFF;
      if (marker == 0xFF) { // fill byte before a marker
        i++;
        continue;
      }
      int length = u16(jpeg, i + 2);
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
        if (i + 10 > jpeg.length) {
          throw new IllegalArgumentException("truncated frame header");
        }
        return new JpegFrame(u16(jpeg, i + 7), u16(jpeg, i + 5), jpeg[i + 9] & 0xFF, marker - 0xC0);
      }
      if (marker == 0xDA || marker == 0xD9 || length < 2) {
        break;
      }
      i += 2 + length;
    }
    throw new IllegalArgumentException("no frame header (SOF) before the scan");
  }

  private static int u16(byte[] b, int at) {
    return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
  }
}
