package dev.satpage.imagery.codec.internal;

import static dev.satpage.imagery.codec.internal.PngFile.corrupt;
import static dev.satpage.imagery.codec.internal.PngFile.u32;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates the IDAT data of a non-interlaced PNG with {@link Inflater} (the JDK's native zlib) and
 * reverses the scanline filters, a batch of rows at a time, handing each reconstructed row to a
 * {@link RowSink}. The IDAT chunks' data are fed to the inflater in place, without being joined
 * into one array. The zlib stream must hold exactly the image's rows and end with its Adler-32
 * checksum (zlib checks it): a truncated stream, a wrong checksum or more data than the image has
 * rows is {@code imagery-corrupt}. Bytes after the stream's end are not read (nor are they by the
 * JDK's reader).
 *
 * <p>PNG specification, Third Edition (https://www.w3.org/TR/png-3/, read 2026-12-02):
 * #10CompressionFSL (the filtered scanlines are one zlib datastream split across the IDAT chunks),
 * #7Filtering (a filter-type byte before each scanline), #9Filter-types (the five reconstruction
 * functions, modulo 256; bytes left of the row and the row above the first are zero) and
 * #9Filter-type-4-Paeth (the predictor, with its comparison order).
 */
public final class PngScanlines {
  /**
   * Rows inflated per call into zlib: fewer JNI crossings, and the batch stays in the L1/L2 cache.
   */
  private static final int BATCH_BYTES = 32 * 1024;

  /**
   * Scratch kept for reuse: as many as decodes ever ran at once, each ~35 KB of heap and zlib's ~40
   * KB native.
   */
  private static final ConcurrentLinkedQueue<Scratch> SCRATCH = new ConcurrentLinkedQueue<>();

  private PngScanlines() {}

  /**
   * Receives each reconstructed scanline: {@code rowBytes} bytes at {@code offset}, valid only
   * during the call.
   */
  @FunctionalInterface
  public interface RowSink {
    void row(int y, byte[] row, int offset);
  }

  /**
   * Decodes every scanline of {@code file} (which must be {@link PngFile#direct()}) in order.
   *
   * @throws dev.satpage.model.failure.PermanentFailure {@code imagery-corrupt} if the zlib data is
   *     malformed, truncated or longer than the image, or a scanline names a filter type other than
   *     0–4
   */
  public static void decode(byte[] png, PngFile file, RowSink sink) {
    Scratch scratch = SCRATCH.poll();
    if (scratch == null) {
      scratch = new Scratch();
    }
    try {
      new Run(png, file, scratch).rows(sink);
    } finally {
      scratch.inflater.reset();
      SCRATCH.offer(scratch);
    }
  }

  private static final class Scratch {
    final Inflater inflater =
        new Inflater(); // zlib format (RFC 1950), as #10CompressionCM0 specifies
    byte[] batch = new byte[0];
    byte[] prior = new byte[0];
  }

  /** One image's pass over its IDAT chunks. */
  private static final class Run {
    private final byte[] png;
    private final PngFile file;
    private final Inflater inflater;
    private final Scratch scratch;

    /**
     * Offset of the next IDAT chunk to feed, or {@link PngFile#idatEnd()} when all have been fed.
     */
    private int nextChunk;

    Run(byte[] png, PngFile file, Scratch scratch) {
      this.png = png;
      this.file = file;
      this.scratch = scratch;
      this.inflater = scratch.inflater;
      this.nextChunk = file.firstIdat();
    }

    void rows(RowSink sink) {
      int stride = file.rowBytes();
      int line = stride + 1; // the filter-type byte, then the filtered scanline
      int bpp = file.filterStride();
      int perBatch = Math.max(1, Math.min(file.height(), BATCH_BYTES / line));
      if (scratch.batch.length < perBatch * line) {
        scratch.batch = new byte[perBatch * line];
      }
      if (scratch.prior.length < line) {
        scratch.prior = new byte[line];
      }
      byte[] batch = scratch.batch;
      byte[] prior = scratch.prior;
      Arrays.fill(prior, 0, line, (byte) 0); // the row above the first is zero
      for (int y = 0; y < file.height(); ) {
        int rows = Math.min(perBatch, file.height() - y);
        inflate(batch, rows * line, y);
        for (int r = 0; r < rows; r++) {
          int at = r * line;
          byte[] above = r == 0 ? prior : batch;
          int aboveAt = r == 0 ? 1 : at - line + 1;
          PngFilters.reconstruct(
              batch[at] & 0xFF, batch, at + 1, above, aboveAt, stride, bpp, y + r);
          sink.row(y + r, batch, at + 1);
        }
        System.arraycopy(batch, (rows - 1) * line, prior, 0, line);
        y += rows;
      }
      end();
    }

    /** Fills {@code batch[0, length)} with the next bytes of the zlib stream. */
    private void inflate(byte[] batch, int length, int firstRow) {
      int filled = 0;
      try {
        while (filled < length) {
          int n = inflater.inflate(batch, filled, length - filled);
          filled += n;
          if (n == 0 && filled < length && !feed()) {
            throw corrupt(
                "PNG image data ends in row "
                    + (firstRow + filled / (file.rowBytes() + 1))
                    + " of "
                    + file.height()
                    + (inflater.finished()
                        ? " (zlib stream complete)"
                        : " (truncated zlib stream)"));
          }
        }
      } catch (DataFormatException e) {
        throw corrupt("PNG image data is not a valid zlib stream: " + e.getMessage());
      }
    }

    /** The stream must end right after the last row, checksum included. */
    private void end() {
      byte[] one = new byte[1];
      try {
        while (!inflater.finished()) {
          if (inflater.inflate(one) > 0) {
            throw corrupt(
                "PNG image data is longer than its "
                    + file.width()
                    + "x"
                    + file.height()
                    + " image");
          }
          if (!inflater.finished() && !feed()) {
            throw corrupt("PNG zlib stream ends without its checksum (truncated)");
          }
        }
      } catch (DataFormatException e) {
        throw corrupt("PNG image data is not a valid zlib stream: " + e.getMessage());
      }
    }

    /**
     * Gives the inflater the next IDAT chunk's data, if it needs input and there is one; false when
     * it is stuck for good (finished, waiting for a preset dictionary, or out of chunks).
     */
    private boolean feed() {
      if (inflater.finished() || inflater.needsDictionary() || !inflater.needsInput()) {
        return false; // a preset dictionary is not allowed in PNG's zlib stream; a finished one
        // takes no more input
      }
      while (nextChunk < file.idatEnd()) {
        int length = (int) u32(png, nextChunk);
        int data = nextChunk + 8;
        nextChunk = data + length + 4;
        if (length > 0) { // a zero-length IDAT is allowed and carries nothing
          inflater.setInput(png, data, length);
          return true;
        }
      }
      return false;
    }
  }
}
