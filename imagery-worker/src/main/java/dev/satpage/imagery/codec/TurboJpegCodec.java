package dev.satpage.imagery.codec;

import dev.satpage.imagery.codec.internal.TurboJpegLibrary;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Optional;

/**
 * {@link JpegCodec} on libjpeg-turbo's TurboJPEG API through FFM. Each provider image is decoded
 * straight into its place in the page array (pitch = page stride); an image reaching beyond the
 * page (edge tiles) goes through a scratch buffer and only its overlap is copied. Previews are an
 * area-averaged resize of the page ({@link AreaResize}). A handle is made per call: TurboJPEG
 * handles are not thread-safe and cost microseconds.
 */
public final class TurboJpegCodec implements JpegCodec {
  private final TurboJpegLibrary lib;

  private TurboJpegCodec(TurboJpegLibrary lib) {
    this.lib = lib;
  }

  /**
   * The codec if {@code libturbojpeg.so.0} loads (and native access is enabled), else empty with
   * the reason.
   */
  public static Optional<TurboJpegCodec> load(StringBuilder whyNot) {
    return TurboJpegLibrary.load(whyNot).map(TurboJpegCodec::new);
  }

  @Override
  public String name() {
    return "turbojpeg";
  }

  @Override
  public void decodeInto(
      byte[] jpeg, int expectedWidth, int expectedHeight, PixelBuffer page, int x, int y) {
    JpegHeader header = checked(jpeg, expectedWidth, expectedHeight);
    int w = header.width();
    int h = header.height();
    boolean inside = x >= 0 && y >= 0 && x + w <= page.width() && y + h <= page.height();
    if (inside) {
      MemorySegment target =
          MemorySegment.ofArray(page.bgr()).asSlice((long) y * page.stride() + x * 3L);
      decode(jpeg, target, w, page.stride(), h);
      return;
    }
    byte[] scratch = new byte[w * h * 3];
    decode(jpeg, MemorySegment.ofArray(scratch), w, w * 3, h);
    int fromX = Math.max(0, -x);
    int toX = Math.min(w, page.width() - x);
    int fromY = Math.max(0, -y);
    int toY = Math.min(h, page.height() - y);
    for (int row = fromY; row < toY; row++) {
      System.arraycopy(
          scratch,
          (row * w + fromX) * 3,
          page.bgr(),
          (y + row) * page.stride() + (x + fromX) * 3,
          (toX - fromX) * 3);
    }
  }

  private static JpegHeader checked(byte[] jpeg, int expectedWidth, int expectedHeight) {
    JpegHeader header = JpegHeader.read(jpeg); // bounds the size before libjpeg allocates anything
    if (header.width() != expectedWidth || header.height() != expectedHeight) {
      throw new PermanentFailure(
          FailureReason.IMAGERY_WRONG_SIZE,
          "image is "
              + header.width()
              + "x"
              + header.height()
              + ", requested "
              + expectedWidth
              + "x"
              + expectedHeight);
    }
    return header;
  }

  private void decode(byte[] jpeg, MemorySegment target, int width, int pitch, int height) {
    try {
      MemorySegment handle = (MemorySegment) lib.initDecompress.invokeExact();
      if (handle.equals(MemorySegment.NULL)) {
        throw new IllegalStateException("tjInitDecompress failed");
      }
      try {
        int rc =
            (int)
                lib.decompress2.invokeExact(
                    handle,
                    MemorySegment.ofArray(jpeg),
                    (long) jpeg.length,
                    target,
                    width,
                    pitch,
                    height,
                    TurboJpegLibrary.TJPF_BGR,
                    TurboJpegLibrary.TJFLAG_STOPONWARNING);
        if (rc != 0) {
          throw new PermanentFailure(
              FailureReason.IMAGERY_CORRUPT, "libjpeg-turbo: " + lib.error(handle));
        }
      } finally {
        int ignored = (int) lib.destroy.invokeExact(handle);
      }
    } catch (PermanentFailure | IllegalStateException e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("TurboJPEG decode call failed", t);
    }
  }

  @Override
  @SuppressWarnings("restricted") // see TurboJpegLibrary
  public byte[] encode(PixelBuffer image, int quality, int densityPpi) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment handle = (MemorySegment) lib.initCompress.invokeExact();
      if (handle.equals(MemorySegment.NULL)) {
        throw new IllegalStateException("tjInitCompress failed");
      }
      MemorySegment out =
          arena.allocate(ValueLayout.ADDRESS); // *jpegBuf = NULL: TurboJPEG allocates it
      out.set(ValueLayout.ADDRESS, 0, MemorySegment.NULL);
      MemorySegment size = arena.allocate(ValueLayout.JAVA_LONG);
      try {
        int rc =
            (int)
                lib.compress2.invokeExact(
                    handle,
                    MemorySegment.ofArray(image.bgr()),
                    image.width(),
                    image.stride(),
                    image.height(),
                    TurboJpegLibrary.TJPF_BGR,
                    out,
                    size,
                    TurboJpegLibrary.TJSAMP_420,
                    quality,
                    0);
        MemorySegment buffer = out.get(ValueLayout.ADDRESS, 0);
        try {
          if (rc != 0) {
            throw new IllegalStateException("tjCompress2 failed: " + lib.error(handle));
          }
          long length = size.get(ValueLayout.JAVA_LONG, 0);
          byte[] jpeg = buffer.reinterpret(length).toArray(ValueLayout.JAVA_BYTE);
          return Jfif.withDensity(jpeg, densityPpi);
        } finally {
          if (!buffer.equals(MemorySegment.NULL)) {
            lib.free.invokeExact(buffer);
          }
        }
      } finally {
        int ignored = (int) lib.destroy.invokeExact(handle);
      }
    } catch (IllegalStateException e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("TurboJPEG encode call failed", t);
    }
  }

  @Override
  public PixelBuffer preview(PixelBuffer image, int width) {
    return AreaResize.toWidth(image, width);
  }
}
