package dev.satpage.imagery.cli;

import dev.satpage.imagery.cli.StitchArgs.UsageException;
import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.imagery.codec.JpegCodec;
import dev.satpage.imagery.codec.PixelBuffer;
import dev.satpage.imagery.codec.TurboJpegCodec;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.imagery.stitch.Stitcher;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
 * {@code stitch --grid 2x2 --out page.jpg [--preview preview.jpg] a.jpg b.jpg c.jpg d.jpg}: the
 * worker's decode, compose and encode on local files, for offline debugging and benchmarking; every
 * option is in {@code --help}. {@code --threads N} (default 1) decodes the sources, and encodes
 * print and preview, side by side. No Spring and no logging framework, so a whole process per page
 * costs little more than the work. {@code --repeat N} stitches the set N times in one process and
 * prints the steady-state time per page (median of the second half).
 *
 * <p>Its command line is read by {@link StitchArgs}, not by picocli as the other commands' are:
 * picocli 4.7 ships Java 5 class files (version 49), which the JDK's AOT cache leaves out
 * ("Skipping picocli/CommandLine: Old class has been linked" when the cache is trained), so every
 * run loaded and verified them again — about 270 of the ~900 ms of CPU of a whole run here, in the
 * figure this command exists to compare with the libvips CLI (docs/benchmarks.md).
 */
public final class StitchCommand {
  private final StitchArgs args;
  private final PrintStream out;

  StitchCommand(StitchArgs args, PrintStream out) {
    this.args = args;
    this.out = out;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line, the timing line to {@code out}: exit 0 written (or help, version), 1 an
   * I/O error, 2 a refused command line (its error, then the usage) or an image that does not fit
   * (an {@link IllegalArgumentException}; one line).
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (StitchArgs.asksFor(args, "-h", "--help")) {
      out.print(StitchArgs.help());
      out.flush();
      return 0;
    }
    if (StitchArgs.asksFor(args, "-V", "--version")) {
      out.println(StitchArgs.VERSION);
      out.flush();
      return 0;
    }
    try {
      return new StitchCommand(StitchArgs.parse(args), out).call();
    } catch (UsageException e) {
      err.println(e.getMessage());
      err.println(StitchArgs.usage());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("stitch: " + e.getMessage());
      return 2;
    } catch (IOException | UncheckedIOException e) {
      err.println("stitch: " + e);
      return 1;
    } finally {
      err.flush();
    }
  }

  private int call() throws IOException {
    JpegCodec jpeg = args.codec().equals("imageio") ? new ImageIoJpegCodec() : turbo();
    List<byte[]> jpegs = new ArrayList<>();
    for (Path input : args.inputs()) {
      jpegs.add(Files.readAllBytes(input));
    }
    long[] nanos = new long[args.repeat()];
    ExecutorService pool = args.threads() > 1 ? Executors.newFixedThreadPool(args.threads()) : null;
    Executor executor = pool == null ? Runnable::run : pool;
    for (int i = 0; i < args.repeat(); i++) {
      long start = System.nanoTime();
      PagePlan plan = GridPlan.of(args.grid().columns(), args.grid().rows(), jpegs);
      PixelBuffer stitched = new Stitcher(jpeg).stitch(plan, jpegs, executor);
      // print and preview only read the page: with threads they are made side by side
      CompletableFuture<byte[]> small =
          args.preview() == null
              ? CompletableFuture.completedFuture(null)
              : CompletableFuture.supplyAsync(
                  () ->
                      jpeg.encode(
                          jpeg.preview(stitched, args.previewWidth()), args.previewQuality(), 300),
                  executor);
      byte[] print = jpeg.encode(stitched, args.quality(), 300);
      small.join();
      nanos[i] = System.nanoTime() - start;
      if (i == args.repeat() - 1) {
        Files.write(args.page(), print);
        if (args.preview() != null) {
          Files.write(args.preview(), small.join());
        }
      }
    }
    if (pool != null) {
      pool.shutdown();
    }
    if (args.repeat() > 1) {
      long[] steady = Arrays.copyOfRange(nanos, args.repeat() / 2, args.repeat());
      Arrays.sort(steady);
      out.printf(
          Locale.ROOT,
          "codec=%s threads=%d pages=%d steady-state median=%.1f ms/page (min %.1f, max %.1f)%n",
          jpeg.name(),
          args.threads(),
          args.repeat(),
          steady[steady.length / 2] / 1e6,
          steady[0] / 1e6,
          steady[steady.length - 1] / 1e6);
    }
    return 0;
  }

  private static JpegCodec turbo() {
    StringBuilder whyNot = new StringBuilder();
    return TurboJpegCodec.load(whyNot)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "--codec turbojpeg: "
                        + whyNot
                        + " (apt-get install libturbojpeg0; java --enable-native-access=ALL-UNNAMED)"));
  }
}
