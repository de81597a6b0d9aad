package dev.satpage.ops.experiment;

import static dev.satpage.ops.experiment.Html.escape;
import static dev.satpage.ops.experiment.Html.number;

import dev.satpage.ops.experiment.ExperimentReport.ArmSummary;
import dev.satpage.ops.experiment.ExperimentReport.HistogramBin;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The report's two charts as inline SVG (no script, no stylesheet from elsewhere): the SSIM
 * histogram and the latency per stage and arm. Each is an {@code img} role with a title and a
 * description, and every bar carries its figure as a {@code title} for a pointer or a reader.
 */
final class SvgCharts {
  private static final int WIDTH = 640;
  private static final int LEFT = 150;
  private static final int RIGHT = 20;

  /** The stages an arm goes through, in order ({@code ArmResult#stageMillis}). */
  static final List<String> STAGE_ORDER = List.of("fetch", "stitch", "encode", "total");

  private SvgCharts() {}

  /** Comparisons per SSIM bin, 0 to 1, one bar per bin. */
  static String histogram(List<HistogramBin> bins, String id) {
    int height = 220;
    int top = 20;
    int bottom = 40;
    int left = 50;
    int plotW = WIDTH - left - RIGHT;
    int plotH = height - top - bottom;
    int max = Math.max(1, bins.stream().mapToInt(HistogramBin::count).max().orElse(1));
    double barW = (double) plotW / Math.max(1, bins.size());
    StringBuilder svg = new StringBuilder();
    svg.append(
        open(
            id,
            height,
            "SSIM histogram",
            "Compared pages per SSIM bin from 0 to 1; tallest bar " + max + "."));
    svg.append(axisLine(left, top + plotH, left + plotW, top + plotH));
    svg.append(text(left - 6, top + 10, "end", String.valueOf(max)));
    svg.append(text(left - 6, top + plotH, "end", "0"));
    for (int i = 0; i < bins.size(); i++) {
      HistogramBin b = bins.get(i);
      double h = (double) b.count() / max * plotH;
      double x = left + i * barW;
      svg.append(
          """
          <rect x="%s" y="%s" width="%s" height="%s" class="%s"><title>SSIM %s to %s: %d</title></rect>
          """
              .formatted(
                  number(x + 1, 1),
                  number(top + plotH - h, 1),
                  number(barW - 2, 1),
                  number(h, 1),
                  b.from() >= 0.95 ? "bar good" : b.from() >= 0.8 ? "bar fair" : "bar poor",
                  number(b.from(), 2),
                  number(b.to(), 2),
                  b.count()));
    }
    for (double tick : new double[] {0, 0.5, 0.8, 0.95, 1}) {
      svg.append(text(left + tick * plotW, top + plotH + 16, "middle", number(tick, 2)));
    }
    svg.append(text(left + plotW / 2.0, height - 6, "middle", "SSIM (1 = identical)"));
    return svg.append("</svg>\n").toString();
  }

  /**
   * One row per stage and arm: a bar to the p50, a lighter one on to the p95, a tick at the p99;
   * all on one millisecond scale.
   */
  static String latency(ArmSummary control, ArmSummary candidate, String id) {
    TreeSet<String> stages = stages(control.stageMillis(), candidate.stageMillis());
    long max = 1;
    for (ArmSummary arm : List.of(control, candidate)) {
      for (Distribution d : arm.stageMillis().values()) {
        max = Math.max(max, d.p99());
      }
    }
    int row = 18;
    int top = 10;
    int rows = stages.size() * 2;
    int height = top + rows * row + 40;
    int plotW = WIDTH - LEFT - RIGHT;
    StringBuilder svg = new StringBuilder();
    svg.append(
        open(
            id,
            height,
            "Latency per stage",
            "Milliseconds per stage for the control and the candidate: bar to p50, lighter bar to p95, tick at p99; scale 0 to "
                + max
                + " ms."));
    int y = top;
    for (String stage : stages) {
      for (ArmSummary arm : List.of(control, candidate)) {
        Distribution d = arm.stageMillis().get(stage);
        svg.append(text(LEFT - 6, y + 13, "end", stage + " · " + arm.arm()));
        if (d != null) {
          svg.append(bar(d, arm.arm(), stage, y, max, plotW));
        }
        y += row;
      }
    }
    svg.append(axisLine(LEFT, y + 2, LEFT + plotW, y + 2));
    svg.append(text(LEFT, y + 18, "start", "0"));
    svg.append(text(LEFT + plotW, y + 18, "end", max + " ms"));
    return svg.append("</svg>\n").toString();
  }

  private static String bar(Distribution d, String arm, String stage, int y, long max, int plotW) {
    double p50 = scale(d.p50(), max, plotW);
    double p95 = scale(d.p95(), max, plotW);
    double p99 = LEFT + scale(d.p99(), max, plotW);
    String title =
        "%s %s: p50 %d ms, p95 %d ms, p99 %d ms (n=%d)"
            .formatted(arm, stage, d.p50(), d.p95(), d.p99(), d.count());
    return """
        <g><title>%s</title>\
        <rect x="%d" y="%d" width="%s" height="12" class="%s tail"/>\
        <rect x="%d" y="%d" width="%s" height="12" class="%s"/>\
        <line x1="%s" y1="%d" x2="%s" y2="%d" class="tick"/></g>
        """
        .formatted(
            escape(title),
            LEFT,
            y + 3,
            number(p95, 1),
            arm,
            LEFT,
            y + 3,
            number(p50, 1),
            arm,
            number(p99, 1),
            y + 1,
            number(p99, 1),
            y + 17);
  }

  private static double scale(long value, long max, int plotW) {
    return (double) value / max * plotW;
  }

  private static String open(String id, int height, String title, String description) {
    return """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="100%%" role="img" \
        aria-labelledby="%s-title %s-desc" class="chart">
        <title id="%s-title">%s</title><desc id="%s-desc">%s</desc>
        """
        .formatted(WIDTH, height, id, id, id, escape(title), id, escape(description));
  }

  private static String axisLine(double x1, double y1, double x2, double y2) {
    return "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" class=\"axis\"/>\n"
        .formatted(number(x1, 1), number(y1, 1), number(x2, 1), number(y2, 1));
  }

  private static String text(double x, double y, String anchor, String label) {
    return "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\">%s</text>\n"
        .formatted(number(x, 1), number(y, 1), anchor, escape(label));
  }

  /**
   * The stages of both arms in the pipeline's order ({@link #STAGE_ORDER}), any others after them
   * by name; the charts and tables list them so.
   */
  static TreeSet<String> stages(Map<String, Distribution> a, Map<String, Distribution> b) {
    TreeSet<String> stages =
        new TreeSet<>(
            Comparator.comparingInt(
                    (String s) ->
                        STAGE_ORDER.contains(s) ? STAGE_ORDER.indexOf(s) : STAGE_ORDER.size())
                .thenComparing(Comparator.naturalOrder()));
    stages.addAll(a.keySet());
    stages.addAll(b.keySet());
    return stages;
  }
}
