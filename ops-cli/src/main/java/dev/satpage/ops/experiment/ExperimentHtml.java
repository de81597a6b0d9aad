package dev.satpage.ops.experiment;

import static dev.satpage.ops.experiment.Html.escape;
import static dev.satpage.ops.experiment.Html.number;
import static dev.satpage.ops.experiment.Html.percent;

import dev.satpage.ops.experiment.ExperimentReport.ArmSummary;
import dev.satpage.ops.experiment.ExperimentReport.Mismatch;
import dev.satpage.ops.experiment.ExperimentReport.PsnrSummary;
import dev.satpage.ops.experiment.ExperimentReport.SsimBucket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An experiment report as HTML: a whole page ({@link #page}, what {@code ops experiment report}
 * writes) or the section alone ({@link #fragment}, for a page of another app). Self-contained
 * (inline SVG charts and style, no script), well-formed XML as well as HTML, and accessible:
 * captions and column headers on tables, titles and descriptions on charts, alt text on every
 * thumbnail.
 */
public final class ExperimentHtml {
  /** The document's own rules, for the standalone page only. */
  private static final String PAGE_STYLE =
      """
      body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fff}
      main{max-width:1100px;margin:0 auto;padding:1rem 1.5rem}
      """;

  /** The report's rules, scoped to its section so a host page's own styles are untouched. */
  private static final String REPORT_STYLE =
      """
      .experiment-report table{border-collapse:collapse;margin:.5rem 0 1.25rem}
      .experiment-report th,.experiment-report td{border-bottom:1px solid #d0d7de;padding:.25rem .75rem;text-align:right}
      .experiment-report th:first-child,.experiment-report td:first-child{text-align:left}
      .experiment-report caption{text-align:left;font-weight:600;padding:.25rem 0}
      .experiment-report .chart{max-width:640px;display:block}
      .experiment-report .chart text{font-size:11px;fill:#1b1f24}
      .experiment-report .axis,.experiment-report .tick{stroke:#1b1f24;stroke-width:1}
      .experiment-report .good{fill:#1a7f37}
      .experiment-report .fair{fill:#bf8700}
      .experiment-report .poor{fill:#cf222e}
      .experiment-report .control{fill:#0969da}
      .experiment-report .candidate{fill:#8250df}
      .experiment-report .tail{fill-opacity:.35}
      .experiment-report .pairs{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:1rem}
      .experiment-report .pair{margin:0;border:1px solid #d0d7de;padding:.5rem}
      .experiment-report .pair div{display:flex;gap:.5rem}
      .experiment-report .pair img{width:50%;height:auto;background:#eee}
      .experiment-report .missing{width:50%;padding:2rem .5rem;background:#f6f8fa;font-size:13px}
      """;

  private ExperimentHtml() {}

  /**
   * The stylesheet {@link #fragment} needs, scoped to it: for a host page that serves its own
   * styles (the ops console) instead of inlining them.
   */
  public static String stylesheet() {
    return REPORT_STYLE;
  }

  /** A complete HTML document holding {@link #fragment}. */
  public static String page(ExperimentReport r, ThumbnailLinks links) {
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>Experiment %s: report</title>
        <style>
        %s</style>
        </head>
        <body>
        <main>
        %s</main>
        </body>
        </html>
        """
        .formatted(escape(r.experiment()), PAGE_STYLE + REPORT_STYLE, fragment(r, links));
  }

  /** The report as one {@code section} element, thumbnails linked through {@code links}. */
  public static String fragment(ExperimentReport r, ThumbnailLinks links) {
    return section(r, links, "<h1>Experiment " + escape(r.experiment()) + "</h1>\n");
  }

  /**
   * {@link #fragment} without its {@code h1}, for a host page that heads the report itself (the ops
   * console).
   */
  public static String untitledFragment(ExperimentReport r, ThumbnailLinks links) {
    return section(r, links, "");
  }

  private static String section(ExperimentReport r, ThumbnailLinks links, String heading) {
    return """
        <section class="experiment-report">
        %s<p>%d comparisons from %s to %s. Control: %s. Candidate: %s.</p>
        <h2>Similarity</h2>
        %s%s<figure>
        %s<figcaption>Compared pages per SSIM bin (structural similarity of the luma at preview scale).</figcaption>
        </figure>
        <h2>Errors</h2>
        %s<h2>Size</h2>
        %s<h2>Latency</h2>
        <figure>
        %s<figcaption>Milliseconds per stage: bar to p50, lighter bar to p95, tick at p99.</figcaption>
        </figure>
        %s<h2>Worst mismatches</h2>
        %s%s</section>
        """
        .formatted(
            heading,
            r.comparisons(),
            escape(r.firstComparedAt()),
            escape(r.lastComparedAt()),
            escape(String.join(", ", r.control().setups())),
            escape(String.join(", ", r.candidate().setups())),
            similarityTable(r),
            psnr(r.psnr()),
            SvgCharts.histogram(r.ssimHistogram(), "ssim-histogram"),
            errorTable(r.control(), r.candidate()),
            sizeTable(r.control(), r.candidate()),
            SvgCharts.latency(r.control(), r.candidate(), "latency-chart"),
            latencyTable(r.control(), r.candidate()),
            worst(r.worst(), r.control(), r.candidate(), links),
            skipped(r));
  }

  private static String similarityTable(ExperimentReport r) {
    StringBuilder rows = new StringBuilder();
    for (SsimBucket b : r.ssimBuckets()) {
      rows.append(row("SSIM " + b.label(), b.count(), percent(b.count(), r.comparisons())));
    }
    rows.append(
        row(
            "not compared (an arm failed)",
            r.notCompared(),
            percent(r.notCompared(), r.comparisons())));
    return table("Comparisons by SSIM", List.of("SSIM", "comparisons", "share"), rows);
  }

  private static String psnr(PsnrSummary p) {
    String figures =
        p.medianDb() == null
            ? "no PSNR figures"
            : "PSNR min %s dB, median %s dB, max %s dB"
                .formatted(number(p.minDb(), 1), number(p.medianDb(), 1), number(p.maxDb(), 1));
    return "<p>%s; %d identical (no PSNR: infinite).</p>\n".formatted(figures, p.identical());
  }

  private static String errorTable(ArmSummary... arms) {
    StringBuilder rows = new StringBuilder();
    for (ArmSummary a : arms) {
      rows.append(
          row(
              a.arm(),
              a.ok() + a.failed(),
              a.failed(),
              number(100 * a.errorRate(), 1) + " %",
              reasons(a.failuresByReason())));
    }
    return table(
        "Errors by arm", List.of("arm", "results", "failed", "error rate", "by reason"), rows);
  }

  static String reasons(Map<String, Integer> byReason) {
    return byReason.isEmpty()
        ? "-"
        : byReason.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "));
  }

  private static String sizeTable(ArmSummary... arms) {
    StringBuilder rows = new StringBuilder();
    for (ArmSummary a : arms) {
      rows.append(
          row(
              a.arm(),
              a.printBytes().p50(),
              a.printBytes().p95(),
              a.previewBytes().p50(),
              a.previewBytes().p95()));
    }
    return table(
        "Encoded bytes of successful pages",
        List.of("arm", "print median", "print p95", "preview median", "preview p95"),
        rows);
  }

  private static String latencyTable(ArmSummary control, ArmSummary candidate) {
    StringBuilder rows = new StringBuilder();
    for (String stage : SvgCharts.stages(control.stageMillis(), candidate.stageMillis())) {
      for (ArmSummary a : List.of(control, candidate)) {
        Distribution d = a.stageMillis().getOrDefault(stage, Distribution.of(List.of()));
        rows.append(row(stage + " · " + a.arm(), d.count(), d.p50(), d.p95(), d.p99(), d.max()));
      }
    }
    return table(
        "Latency per stage in milliseconds",
        List.of("stage · arm", "n", "p50", "p95", "p99", "max"),
        rows);
  }

  private static String worst(
      List<Mismatch> worst, ArmSummary control, ArmSummary candidate, ThumbnailLinks links) {
    if (worst.isEmpty()) {
      return "<p>No compared pages.</p>\n";
    }
    StringBuilder b = new StringBuilder("<div class=\"pairs\">\n");
    for (Mismatch m : worst) {
      String what = "book " + m.bookId() + ", " + m.dependencyId();
      b.append(
          """
          <figure class="pair" id="%s">
          <div>%s%s</div>
          <figcaption>SSIM %s, PSNR %s: %s (comparison %s); left control, right candidate</figcaption>
          </figure>
          """
              .formatted(
                  escape("c-" + m.comparisonId()),
                  image(
                      links,
                      m.controlThumbnail(),
                      "control (" + String.join(", ", control.setups()) + ") page of " + what),
                  image(
                      links,
                      m.candidateThumbnail(),
                      "candidate (" + String.join(", ", candidate.setups()) + ") page of " + what),
                  number(m.ssim(), 4),
                  m.psnrDb() == null ? "∞" : number(m.psnrDb(), 1) + " dB",
                  escape(what),
                  escape(m.comparisonId())));
    }
    return b.append("</div>\n").toString();
  }

  private static String image(ThumbnailLinks links, String key, String alt) {
    return (key == null ? Optional.<String>empty() : links.href(key))
        .map(href -> "<img src=\"%s\" alt=\"%s\"/>".formatted(escape(href), escape(alt)))
        .orElse("<p class=\"missing\">no thumbnail: " + escape(alt) + "</p>");
  }

  private static String skipped(ExperimentReport r) {
    if (r.skippedCount() == 0) {
      return "";
    }
    String items =
        r.skipped().stream().map(s -> "<li>" + escape(s) + "</li>\n").collect(Collectors.joining());
    return "<h2>Skipped records</h2>\n<p>%d records could not be read:</p>\n<ul>\n%s</ul>\n"
        .formatted(r.skippedCount(), items);
  }

  private static String table(String caption, List<String> headers, CharSequence rows) {
    String head =
        headers.stream()
            .map(h -> "<th scope=\"col\">" + escape(h) + "</th>")
            .collect(Collectors.joining());
    return "<table>\n<caption>%s</caption>\n<thead><tr>%s</tr></thead>\n<tbody>\n%s</tbody>\n</table>\n"
        .formatted(escape(caption), head, rows);
  }

  /** One body row, its first cell the row's header. */
  private static String row(Object first, Object... cells) {
    StringBuilder b =
        new StringBuilder("<tr><th scope=\"row\">").append(escape(first)).append("</th>");
    for (Object c : cells) {
      b.append("<td>").append(escape(c)).append("</td>");
    }
    return b.append("</tr>\n").toString();
  }
}
