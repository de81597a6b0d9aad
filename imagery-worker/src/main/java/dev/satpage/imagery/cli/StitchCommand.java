package dev.satpage.imagery.cli;

import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.imagery.codec.JpegCodec;
import dev.satpage.imagery.codec.PixelBuffer;
import dev.satpage.imagery.codec.TurboJpegCodec;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.imagery.stitch.Stitcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code stitch --grid 2x2 --out page.jpg --preview preview.jpg [--codec turbojpeg|imageio] [--quality 90]
 * [--preview-width 1000] [--preview-quality 85] [--repeat N] [--threads N] a.jpg b.jpg c.jpg d.jpg}: the worker's
 * decode, compose and encode on local files, for offline debugging and benchmarking. {@code --threads N} (default 1)
 * decodes the sources, and encodes print and preview, side by side. No Spring and no logging framework, so a whole process
 * per page costs little more than the work. {@code --repeat N} stitches the set N times in one process and prints the
 * steady-state time per page (median of the second half).
 */
public final class StitchCommand {
  private StitchCommand() {}

  public static void main(String[] args) throws IOException {
    try {
      System.exit(run(args, System.out));
    } catch (IllegalArgumentException e) {
      System.err.println("stitch: " + e.getMessage());
      System.err.println("usage: stitch --grid CxR --out page.jpg [--preview preview.jpg] [--codec turbojpeg|imageio]"
          + " [--quality 90] [--preview-width 1000] [--preview-quality 85] [--repeat N] [--threads N] image.jpg…");
      System.exit(2);
    }
  }

  static int run(String[] args, PrintStream out) throws IOException {
    Options options = Options.parse(args);
    JpegCodec codec = options.codec.equals("imageio") ? new ImageIoJpegCodec() : turbo();
    List<byte[]> jpegs = new ArrayList<>();
    for (Path input : options.inputs) {
      jpegs.add(Files.readAllBytes(input));
    }
    long[] nanos = new long[options.repeat];
    ExecutorService pool = options.threads > 1 ? Executors.newFixedThreadPool(options.threads) : null;
    Executor executor = pool == null ? Runnable::run : pool;
    for (int i = 0; i < options.repeat; i++) {
      long start = System.nanoTime();
      PagePlan plan = GridPlan.of(options.columns, options.rows, jpegs);
      PixelBuffer page = new Stitcher(codec).stitch(plan, jpegs, executor);
      // print and preview only read the page: with threads they are made side by side
      CompletableFuture<byte[]> preview = options.preview == null ? CompletableFuture.completedFuture(null)
          : CompletableFuture.supplyAsync(
              () -> codec.encode(codec.preview(page, options.previewWidth), options.previewQuality, 300), executor);
      byte[] print = codec.encode(page, options.quality, 300);
      preview.join();
      nanos[i] = System.nanoTime() - start;
      if (i == options.repeat - 1) {
        Files.write(options.out, print);
        if (options.preview != null) {
          Files.write(options.preview, preview.join());
        }
      }
    }
    if (pool != null) {
      pool.shutdown();
    }
    if (options.repeat > 1) {
      long[] steady = Arrays.copyOfRange(nanos, options.repeat / 2, options.repeat);
      Arrays.sort(steady);
      out.printf(Locale.ROOT, "codec=%s threads=%d pages=%d steady-state median=%.1f ms/page (min %.1f, max %.1f)%n", codec.name(),
          options.threads, options.repeat, steady[steady.length / 2] / 1e6, steady[0] / 1e6, steady[steady.length - 1] / 1e6);
    }
    return 0;
  }

  private static JpegCodec turbo() {
    StringBuilder whyNot = new StringBuilder();
    return TurboJpegCodec.load(whyNot).orElseThrow(() -> new IllegalArgumentException(
        "--codec turbojpeg: " + whyNot + " (apt-get install libturbojpeg0; java --enable-native-access=ALL-UNNAMED)"));
  }

  private record Options(int columns, int rows, Path out, Path preview, String codec, int quality, int previewWidth,
      int previewQuality, int repeat, int threads, List<Path> inputs) {
    static Options parse(String[] args) {
      int columns = 0;
      int rows = 0;
      Path out = null;
      Path preview = null;
      String codec = "turbojpeg";
      int quality = 90;
      int previewWidth = 1000;
      int previewQuality = 85;
      int repeat = 1;
      int threads = 1;
      List<Path> inputs = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--grid" -> {
            String[] cr = value(args, ++i, a).toLowerCase(Locale.ROOT).split("x");
            if (cr.length != 2) {
              throw new IllegalArgumentException("--grid must be CxR, e.g. 2x2");
            }
            columns = Integer.parseInt(cr[0]);
            rows = Integer.parseInt(cr[1]);
          }
          case "--out" -> out = Path.of(value(args, ++i, a));
          case "--preview" -> preview = Path.of(value(args, ++i, a));
          case "--codec" -> codec = value(args, ++i, a);
          case "--quality" -> quality = Integer.parseInt(value(args, ++i, a));
          case "--preview-width" -> previewWidth = Integer.parseInt(value(args, ++i, a));
          case "--preview-quality" -> previewQuality = Integer.parseInt(value(args, ++i, a));
          case "--repeat" -> repeat = Integer.parseInt(value(args, ++i, a));
          case "--threads" -> threads = Integer.parseInt(value(args, ++i, a));
          default -> {
            if (a.startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + a);
            }
            inputs.add(Path.of(a));
          }
        }
      }
      if (columns < 1 || rows < 1 || out == null || inputs.isEmpty() || repeat < 1 || threads < 1) {
        throw new IllegalArgumentException("--grid, --out and the input images are required");
      }
      if (!codec.equals("turbojpeg") && !codec.equals("imageio")) {
        throw new IllegalArgumentException("--codec must be turbojpeg or imageio: " + codec);
      }
      return new Options(columns, rows, out, preview, codec, quality, previewWidth, previewQuality, repeat, threads, inputs);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
