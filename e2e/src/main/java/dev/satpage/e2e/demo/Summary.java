package dev.satpage.e2e.demo;

import dev.satpage.e2e.load.Percentiles;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.PrintReady;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The table the main job ends with. */
final class Summary {
  private Summary() {}

  static void print(
      PrintStream out,
      Map<String, BookOrder> books,
      Map<String, BookTimeline> timelines,
      List<PrintReady> printReady,
      Duration wall,
      Path outDir) {
    Collection<BookTimeline> all = timelines.values();
    List<BookTimeline> previews =
        all.stream().filter(t -> t.event().purpose() == Purpose.PREVIEW).toList();
    int previewPages = previews.stream().mapToInt(t -> t.event().pageUris().size()).sum();
    int printBooks = all.size() - previews.size();
    int printPages = printReady.stream().mapToInt(PrintReady::pageCount).sum();
    int satellite = all.stream().mapToInt(t -> t.patched().dependencies().size()).sum();
    out.println();
    out.println("satpage demo summary");
    out.println(
        "  books                 " + books.size() + " ordered, " + all.size() + " rendered");
    out.println(
        "  satellite pages       "
            + satellite
            + " stitched (4000x3000 print JPEG + 1000 px preview each)");
    out.println(
        "  preview books         "
            + previews.size()
            + " ("
            + previewPages
            + " page JPEGs, book-rendered)");
    out.println(
        "  print books           "
            + printBooks
            + " ("
            + printReady.size()
            + " PDFs, "
            + printPages
            + " pages, print-ready on satpage-printhouse-delivery)");
    out.printf(
        Locale.ROOT,
        "  wall time             %s (first order placed -> last book rendered)%n",
        seconds(wall));
    out.printf(
        Locale.ROOT,
        "  throughput            %.2f books/s%n",
        all.size() / Math.max(0.001, wall.toMillis() / 1000.0));
    out.println();
    out.printf(Locale.ROOT, "  %-38s %9s %9s %9s%n", "stage", "p50", "p95", "max");
    row(out, "order -> satellite page in S3", all, t -> t.orderToImagery());
    row(out, "last satellite page -> render job", all, t -> List.of(t.fanIn()));
    row(out, "render job -> book rendered", all, t -> List.of(t.dispatchToRendered()));
    row(out, "order -> book rendered", all, t -> List.of(t.orderToRendered()));
    out.println();
    out.println(
        "  outputs               " + outDir.toAbsolutePath().normalize() + "  (open index.html)");
  }

  private static void row(
      PrintStream out,
      String stage,
      Collection<BookTimeline> all,
      Function<BookTimeline, List<Duration>> f) {
    List<Duration> values = all.stream().flatMap(t -> f.apply(t).stream()).toList();
    out.printf(
        Locale.ROOT,
        "  %-38s %9s %9s %9s%n",
        stage,
        seconds(Percentiles.of(values, 50)),
        seconds(Percentiles.of(values, 95)),
        seconds(Percentiles.of(values, 100)));
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0);
  }
}
