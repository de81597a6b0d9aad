package dev.satpage.bench;

import dev.satpage.imagery.testing.PngBuilder;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What bounds {@link PngPageBenchmark} on tiles filtered with None: inflating a page's image data
 * (the 63 zlib streams of the simulator's 512-px tiles, joined from their IDAT chunks) with the
 * JDK's {@link Inflater} (bundled zlib) or with libdeflate's whole-buffer {@code
 * libdeflate_zlib_decompress} through FFM (Debian {@code libdeflate0}, API per libdeflate.h,
 * https://github.com/ebiggers/libdeflate, read 2026-12-02). A measurement for deciding whether the
 * worker should bind libdeflate; the worker itself inflates with {@link Inflater} only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx512m"})
public class InflateBenchmark {
  @Param({"jdk", "libdeflate"})
  public String inflater;

  private List<byte[]> streams;
  private byte[] rows;
  private Inflater jdk;
  private MethodHandle zlibDecompress;
  private MemorySegment decompressor;

  @Setup
  @SuppressWarnings(
      "restricted") // FFM downcalls are the point; the fork runs with --enable-native-access
  public void setUp() throws Throwable {
    streams =
        PngPageBenchmark.PageTiles.fetch().pngs().stream().map(PngBuilder::imageData).toList();
    rows = new byte[(PngPageBenchmark.TILE * 3 + 1) * PngPageBenchmark.TILE];
    jdk = new Inflater();
    if (inflater.equals("libdeflate")) {
      Linker linker = Linker.nativeLinker();
      SymbolLookup lib = SymbolLookup.libraryLookup("libdeflate.so.0", Arena.global());
      decompressor =
          (MemorySegment)
              linker
                  .downcallHandle(
                      lib.find("libdeflate_alloc_decompressor").orElseThrow(),
                      FunctionDescriptor.of(ValueLayout.ADDRESS))
                  .invoke();
      // enum libdeflate_result libdeflate_zlib_decompress(struct libdeflate_decompressor *, const
      // void *in,
      //     size_t in_nbytes, void *out, size_t out_nbytes_avail, size_t *actual_out_nbytes_ret)
      zlibDecompress =
          linker.downcallHandle(
              lib.find("libdeflate_zlib_decompress").orElseThrow(),
              FunctionDescriptor.of(
                  ValueLayout.JAVA_INT,
                  ValueLayout.ADDRESS,
                  ValueLayout.ADDRESS,
                  ValueLayout.JAVA_LONG,
                  ValueLayout.ADDRESS,
                  ValueLayout.JAVA_LONG,
                  ValueLayout.ADDRESS),
              Linker.Option.critical(true));
    }
  }

  @Benchmark
  public int inflatePage() throws Throwable {
    int total = 0;
    for (byte[] zlib : streams) {
      if (zlibDecompress != null) {
        int result =
            (int)
                zlibDecompress.invoke(
                    decompressor,
                    MemorySegment.ofArray(zlib),
                    (long) zlib.length,
                    MemorySegment.ofArray(rows),
                    (long) rows.length,
                    MemorySegment.NULL);
        if (result != 0) { // LIBDEFLATE_SUCCESS
          throw new IllegalStateException("libdeflate result " + result);
        }
      } else {
        jdk.reset();
        jdk.setInput(zlib);
        for (int n = 0; n < rows.length; ) {
          n += inflate(rows, n);
        }
      }
      total += rows[rows.length - 1];
    }
    return total;
  }

  private int inflate(byte[] out, int from) {
    try {
      return jdk.inflate(out, from, out.length - from);
    } catch (DataFormatException e) {
      throw new IllegalStateException(e);
    }
  }
}
