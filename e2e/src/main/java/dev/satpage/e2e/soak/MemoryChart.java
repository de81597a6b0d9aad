package dev.satpage.e2e.soak;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Two SVG line panels over the soak's minutes, one line per process: resident set size, and live
 * heap after a GC.
 */
final class MemoryChart {
  private static final int WIDTH = 760;
  private static final int PANEL = 240;
  private static final int LEFT = 60;
  private static final int RIGHT = 170;
  private static final String[] COLOURS = {
    "#3b7dd8", "#d8733b", "#7fb77e", "#9b59b6", "#c0392b", "#16a085"
  };

  private MemoryChart() {}

  static String render(List<MemorySample> samples) {
    Map<String, List<MemorySample>> byProcess =
        new TreeMap<>(samples.stream().collect(Collectors.groupingBy(MemorySample::process)));
    double maxMinute = samples.stream().mapToDouble(MemorySample::minute).max().orElse(1);
    StringBuilder svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
                    + "font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
                WIDTH,
                2 * PANEL + 60));
    panel(
        svg,
        20,
        "Resident set size (MiB) over minutes",
        byProcess,
        maxMinute,
        MemorySample::rssMiB);
    panel(
        svg,
        PANEL + 50,
        "Live heap after a full GC (MiB) over minutes",
        byProcess,
        maxMinute,
        MemorySample::liveHeapMiB);
    return svg.append("</svg>\n").toString();
  }

  private static void panel(
      StringBuilder svg,
      int top,
      String title,
      Map<String, List<MemorySample>> byProcess,
      double maxMinute,
      ToDoubleFunction<MemorySample> value) {
    double max =
        byProcess.values().stream().flatMap(List::stream).mapToDouble(value).max().orElse(1) * 1.1;
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = PANEL - 50;
    int bottom = top + 24 + plotHeight;
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>%n",
            top + 12,
            title));
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>%n",
            LEFT,
            bottom,
            LEFT + plotWidth,
            bottom));
    svg.append(
        String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%.0f</text>%n", 10, top + 30, max));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">0</text>%n", 10, bottom));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\">%.0f min</text>%n",
            LEFT + plotWidth - 30,
            bottom + 16,
            maxMinute));
    int i = 0;
    for (Map.Entry<String, List<MemorySample>> e : byProcess.entrySet()) {
      String colour = COLOURS[i % COLOURS.length];
      StringBuilder points = new StringBuilder();
      for (MemorySample s : e.getValue()) {
        double x = LEFT + s.minute() / Math.max(maxMinute, 1e-9) * plotWidth;
        double y = bottom - value.applyAsDouble(s) / max * plotHeight;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
              colour,
              points.toString().trim()));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n",
              LEFT + plotWidth + 10,
              top + 36 + 16 * i,
              colour,
              e.getKey()));
      i++;
    }
  }
}
