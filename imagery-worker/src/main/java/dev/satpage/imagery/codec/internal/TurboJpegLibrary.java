package dev.satpage.imagery.codec.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * FFM bindings to the TurboJPEG 2.x C API in {@code libturbojpeg.so.0} (Debian {@code
 * libturbojpeg0}; symbols checked with {@code nm -D}: {@code tjInitDecompress}, {@code
 * tjDecompressHeader3}, {@code tjDecompress2}, {@code tjInitCompress}, {@code tjCompress2}, {@code
 * tjFree}, {@code tjDestroy}, {@code tjGetErrorStr2}). See
 * https://libjpeg-turbo.org/Documentation/Documentation (TurboJPEG C API 2.1).
 *
 * <p>The decode and encode calls are linked {@link Linker.Option#critical(boolean) critical} with
 * heap access, so they read and write the page's Java array directly (no native copy of 36 MB).
 * Critical calls hold off the GC while they run (tens of milliseconds at most here) and must not
 * call back into Java, which libjpeg-turbo never does.
 */
// Restricted FFM calls (JEP 454): the JVMs run with --enable-native-access=ALL-UNNAMED (pom,
// launcher, Lambda), so
// javac's "restricted method" warning says nothing new here.
@SuppressWarnings("restricted")
public final class TurboJpegLibrary {
  public static final String SONAME = "libturbojpeg.so.0";
  public static final int TJPF_BGR = 1;
  public static final int TJSAMP_420 = 2;

  /**
   * Stop on the first libjpeg warning (truncated or corrupt data) instead of returning a half-grey
   * image.
   */
  public static final int TJFLAG_STOPONWARNING = 8192;

  public final MethodHandle initDecompress;
  public final MethodHandle decompressHeader3;
  public final MethodHandle decompress2;
  public final MethodHandle initCompress;
  public final MethodHandle compress2;
  public final MethodHandle free;
  public final MethodHandle destroy;
  public final MethodHandle errorStr2;

  private TurboJpegLibrary(SymbolLookup lib) {
    Linker linker = Linker.nativeLinker();
    var address = ValueLayout.ADDRESS;
    var i32 = ValueLayout.JAVA_INT;
    var u64 = ValueLayout.JAVA_LONG; // unsigned long is 64 bits on LP64 Linux
    Linker.Option heap = Linker.Option.critical(true);
    initDecompress =
        linker.downcallHandle(find(lib, "tjInitDecompress"), FunctionDescriptor.of(address));
    initCompress =
        linker.downcallHandle(find(lib, "tjInitCompress"), FunctionDescriptor.of(address));
    decompressHeader3 =
        linker.downcallHandle(
            find(lib, "tjDecompressHeader3"),
            FunctionDescriptor.of(i32, address, address, u64, address, address, address, address),
            heap);
    decompress2 =
        linker.downcallHandle(
            find(lib, "tjDecompress2"),
            FunctionDescriptor.of(i32, address, address, u64, address, i32, i32, i32, i32, i32),
            heap);
    compress2 =
        linker.downcallHandle(
            find(lib, "tjCompress2"),
            FunctionDescriptor.of(
                i32, address, address, i32, i32, i32, i32, address, address, i32, i32, i32),
            heap);
    free = linker.downcallHandle(find(lib, "tjFree"), FunctionDescriptor.ofVoid(address));
    destroy = linker.downcallHandle(find(lib, "tjDestroy"), FunctionDescriptor.of(i32, address));
    errorStr2 =
        linker.downcallHandle(find(lib, "tjGetErrorStr2"), FunctionDescriptor.of(address, address));
  }

  /** The library, or empty (with the reason) if it cannot be loaded or native access is denied. */
  public static Optional<TurboJpegLibrary> load(StringBuilder whyNot) {
    try {
      return Optional.of(new TurboJpegLibrary(SymbolLookup.libraryLookup(SONAME, Arena.global())));
    } catch (IllegalArgumentException | IllegalCallerException | UnsatisfiedLinkError e) {
      whyNot.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
      return Optional.empty();
    }
  }

  /** The handle's last error message. */
  public String error(MemorySegment handle) {
    try {
      MemorySegment text = (MemorySegment) errorStr2.invokeExact(handle);
      return text.equals(MemorySegment.NULL)
          ? "unknown error"
          : text.reinterpret(1024).getString(0);
    } catch (Throwable t) {
      return "unknown error (" + t + ")";
    }
  }

  private static MemorySegment find(SymbolLookup lib, String name) {
    return lib.find(name)
        .orElseThrow(() -> new IllegalArgumentException(SONAME + " lacks " + name));
  }
}
