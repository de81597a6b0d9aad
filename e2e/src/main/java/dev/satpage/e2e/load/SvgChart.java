package dev.satpage.e2e.load;

import java.util.List;
import java.util.Locale;

/**
 * A small SVG written by the benchmark itself, one panel per target of issue 8: per run, throughput
 * (books/s) against the 6 books/s target, the preview latency p50/p99 against the 3 s target and
 * the fan-in p50/p99 against the 200 ms target. Plain SVG so the docs need no charting library or
 * binary file.
 */
public final class SvgChart {
  private static final int WIDTH = 760;
  private static final int PANEL_HEIGHT = 220;
  private static final int LEFT = 200;

  private SvgChart() {}

  public static String render(
      List<RunResult> runs,
      double targetBooksPerSecond,
      double targetP99Seconds,
      double targetFanInMs) {
    StringBuilder svg = new StringBuilder();
    int height = 3 * PANEL_HEIGHT + 90;
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
            WIDTH,
            height));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    double maxRate =
        Math.max(
            targetBooksPerSecond,
            runs.stream().mapToDouble(RunResult::booksPerSecond).max().orElse(1));
    panel(
        svg,
        20,
        "Throughput (books/s)",
        runs,
        maxRate * 1.1,
        targetBooksPerSecond,
        r -> new double[] {r.booksPerSecond()},
        new String[] {"#3b7dd8"});
    double maxLatency =
        Math.max(
            targetP99Seconds,
            runs.stream()
                .mapToDouble(r -> r.orderToPreviewReady().p99Ms() / 1000.0)
                .max()
                .orElse(1));
    panel(
        svg,
        PANEL_HEIGHT + 50,
        "Order → preview ready, p50 / p99 (s)",
        runs,
        maxLatency * 1.1,
        targetP99Seconds,
        r ->
            new double[] {
              r.orderToPreviewReady().p50Ms() / 1000.0, r.orderToPreviewReady().p99Ms() / 1000.0
            },
        new String[] {"#7fb77e", "#d8733b"});
    double maxFanIn =
        Math.max(targetFanInMs, runs.stream().mapToDouble(r -> r.fanIn().p99Ms()).max().orElse(1));
    panel(
        svg,
        2 * PANEL_HEIGHT + 80,
        "Fan-in: last page done → render job dispatched, p50 / p99 (ms)",
        runs,
        maxFanIn * 1.1,
        targetFanInMs,
        r -> new double[] {r.fanIn().p50Ms(), r.fanIn().p99Ms()},
        new String[] {"#7fb77e", "#d8733b"});
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void panel(
      StringBuilder svg,
      int top,
      String title,
      List<RunResult> runs,
      double max,
      double target,
      java.util.function.Function<RunResult, double[]> values,
      String[] colours) {
    int plotWidth = WIDTH - LEFT - 60;
    svg.append(text(10, top + 12, title, "bold"));
    int rowHeight = Math.max(24, (PANEL_HEIGHT - 30) / Math.max(1, runs.size()));
    for (int i = 0; i < runs.size(); i++) {
      RunResult run = runs.get(i);
      int y = top + 24 + i * rowHeight;
      svg.append(text(10, y + 14, run.label(), ""));
      double[] v = values.apply(run);
      int barHeight = (rowHeight - 6) / v.length;
      for (int j = 0; j < v.length; j++) {
        int w = (int) Math.round(v[j] / max * plotWidth);
        int by = y + j * barHeight;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n",
                LEFT,
                by,
                Math.max(1, w),
                barHeight - 2,
                colours[j]));
        svg.append(
            text(LEFT + w + 4, by + barHeight - 4, String.format(Locale.ROOT, "%.2f", v[j]), ""));
      }
    }
    int tx = LEFT + (int) Math.round(target / max * plotWidth);
    int bottom = top + 24 + runs.size() * rowHeight;
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"red\" stroke-dasharray=\"4 3\"/>%n",
            tx,
            top + 18,
            tx,
            bottom));
    svg.append(text(tx + 3, top + 16, String.format(Locale.ROOT, "target %.1f", target), ""));
  }

  private static String text(int x, int y, String s, String weight) {
    String escaped = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return String.format(
        Locale.ROOT,
        "<text x=\"%d\" y=\"%d\"%s>%s</text>%n",
        x,
        y,
        weight.isEmpty() ? "" : " font-weight=\"" + weight + "\"",
        escaped);
  }
}
