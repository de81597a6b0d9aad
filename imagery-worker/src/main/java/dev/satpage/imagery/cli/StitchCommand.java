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
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code stitch --grid 2x2 --out page.jpg [--preview preview.jpg] a.jpg b.jpg c.jpg d.jpg}: the
 * worker's decode, compose and encode on local files, for offline debugging and benchmarking; every
 * option is in {@code --help}. {@code --threads N} (default 1) decodes the sources, and encodes
 * print and preview, side by side. No Spring and no logging framework, so a whole process per page
 * costs little more than the work. {@code --repeat N} stitches the set N times in one process and
 * prints the steady-state time per page (median of the second half).
 */
@Command(
    name = "stitch",
    mixinStandardHelpOptions = true,
    version = "satpage stitch 0.1",
    sortOptions = false,
    description =
        "Decodes the images, lays them out row-major in a grid, and writes the print page (and a preview) "
            + "as the imagery worker does.",
    footer =
        "%nExit codes: 0 written, 1 an I/O error, 2 usage or an image that does not fit its cell.")
public final class StitchCommand implements Callable<Integer> {
  private final PrintStream out;

  @Option(
      names = "--grid",
      required = true,
      paramLabel = "CxR",
      converter = Grid.Converter.class,
      description = "columns x rows, e.g. 2x2; as many images as cells")
  Grid grid;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "the print page JPEG")
  Path page;

  @Option(
      names = "--preview",
      paramLabel = "FILE",
      description = "also write a preview JPEG (default: none)")
  Path preview;

  @Option(
      names = "--codec",
      defaultValue = "turbojpeg",
      paramLabel = "turbojpeg|imageio",
      converter = CodecName.class,
      description = "TurboJPEG via FFM, or the JDK's ImageIO (default: ${DEFAULT-VALUE})")
  String codec;

  @Option(
      names = "--quality",
      defaultValue = "90",
      paramLabel = "1..100",
      converter = WholeNumber.Quality.class,
      description = "print JPEG quality (default: ${DEFAULT-VALUE})")
  int quality;

  @Option(
      names = "--preview-width",
      defaultValue = "1000",
      paramLabel = "PX",
      converter = WholeNumber.Positive.class,
      description = "preview width in pixels (default: ${DEFAULT-VALUE})")
  int previewWidth;

  @Option(
      names = "--preview-quality",
      defaultValue = "85",
      paramLabel = "1..100",
      converter = WholeNumber.Quality.class,
      description = "preview JPEG quality (default: ${DEFAULT-VALUE})")
  int previewQuality;

  @Option(
      names = "--repeat",
      defaultValue = "1",
      paramLabel = "N",
      converter = WholeNumber.Positive.class,
      description =
          "stitch N times and print the steady-state time per page (default: ${DEFAULT-VALUE})")
  int repeat;

  @Option(
      names = "--threads",
      defaultValue = "1",
      paramLabel = "N",
      converter = WholeNumber.Positive.class,
      description = "decode and encode side by side on N threads (default: ${DEFAULT-VALUE})")
  int threads;

  @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "the JPEGs, row by row")
  List<Path> inputs;

  StitchCommand(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    System.exit(commandLine(System.out).execute(args));
  }

  /**
   * The command writing its timing line to {@code out}. An image that does not fit (an {@link
   * IllegalArgumentException}) is one line on stderr and exit 2, as a bad option is.
   */
  static CommandLine commandLine(PrintStream out) {
    CommandLine cli = new CommandLine(new StitchCommand(out));
    return cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (!(e instanceof IllegalArgumentException)) {
            throw e;
          }
          cmd.getErr().println("stitch: " + e.getMessage());
          cmd.getErr().flush();
          return CommandLine.ExitCode.USAGE;
        });
  }

  @Override
  public Integer call() throws IOException {
    JpegCodec jpeg = codec.equals("imageio") ? new ImageIoJpegCodec() : turbo();
    List<byte[]> jpegs = new ArrayList<>();
    for (Path input : inputs) {
      jpegs.add(Files.readAllBytes(input));
    }
    long[] nanos = new long[repeat];
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    Executor executor = pool == null ? Runnable::run : pool;
    for (int i = 0; i < repeat; i++) {
      long start = System.nanoTime();
      PagePlan plan = GridPlan.of(grid.columns(), grid.rows(), jpegs);
      PixelBuffer stitched = new Stitcher(jpeg).stitch(plan, jpegs, executor);
      // print and preview only read the page: with threads they are made side by side
      CompletableFuture<byte[]> small =
          preview == null
              ? CompletableFuture.completedFuture(null)
              : CompletableFuture.supplyAsync(
                  () -> jpeg.encode(jpeg.preview(stitched, previewWidth), previewQuality, 300),
                  executor);
      byte[] print = jpeg.encode(stitched, quality, 300);
      small.join();
      nanos[i] = System.nanoTime() - start;
      if (i == repeat - 1) {
        Files.write(page, print);
        if (preview != null) {
          Files.write(preview, small.join());
        }
      }
    }
    if (pool != null) {
      pool.shutdown();
    }
    if (repeat > 1) {
      long[] steady = Arrays.copyOfRange(nanos, repeat / 2, repeat);
      Arrays.sort(steady);
      out.printf(
          Locale.ROOT,
          "codec=%s threads=%d pages=%d steady-state median=%.1f ms/page (min %.1f, max %.1f)%n",
          jpeg.name(),
          threads,
          repeat,
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

  /** {@code turbojpeg} or {@code imageio}. */
  static final class CodecName implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!value.equals("turbojpeg") && !value.equals("imageio")) {
        throw new TypeConversionException("must be turbojpeg or imageio, got '" + value + "'");
      }
      return value;
    }
  }
}
