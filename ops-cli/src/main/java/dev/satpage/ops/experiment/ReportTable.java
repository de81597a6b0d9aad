package dev.satpage.ops.experiment;

import static dev.satpage.ops.experiment.Html.number;
import static dev.satpage.ops.experiment.Html.percent;

import dev.satpage.ops.experiment.ExperimentReport.ArmSummary;
import dev.satpage.ops.experiment.ExperimentReport.Mismatch;
import dev.satpage.ops.experiment.ExperimentReport.PsnrSummary;
import dev.satpage.ops.experiment.ExperimentReport.SsimBucket;
import java.util.List;

/** An experiment report as plain-text tables for a terminal, 100 columns at most. */
public final class ReportTable {
  private ReportTable() {}

  public static String render(ExperimentReport r) {
    StringBuilder t = new StringBuilder();
    line(
        t,
        "experiment %s: %d comparisons, %s .. %s",
        r.experiment(),
        r.comparisons(),
        r.firstComparedAt(),
        r.lastComparedAt());
    line(t, "control:   %s", String.join(", ", r.control().setups()));
    line(t, "candidate: %s", String.join(", ", r.candidate().setups()));
    line(t, "");
    line(t, "%-30s %8s %8s", "similarity (SSIM)", "pages", "share");
    for (SsimBucket b : r.ssimBuckets()) {
      line(t, "  %-28s %8d %8s", b.label(), b.count(), percent(b.count(), r.comparisons()));
    }
    line(
        t,
        "  %-28s %8d %8s",
        "not compared (arm failed)",
        r.notCompared(),
        percent(r.notCompared(), r.comparisons()));
    PsnrSummary p = r.psnr();
    line(
        t,
        "  PSNR: %s; %d identical",
        p.medianDb() == null
            ? "no figures"
            : "min %s dB, median %s dB, max %s dB"
                .formatted(number(p.minDb(), 1), number(p.medianDb(), 1), number(p.maxDb(), 1)),
        p.identical());
    line(t, "");
    line(t, "%-10s %8s %8s %8s  %s", "errors", "results", "failed", "rate", "by reason");
    for (ArmSummary a : List.of(r.control(), r.candidate())) {
      line(
          t,
          "  %-8s %8d %8d %8s  %s",
          a.arm(),
          a.ok() + a.failed(),
          a.failed(),
          number(100 * a.errorRate(), 1) + " %",
          ExperimentHtml.reasons(a.failuresByReason()));
    }
    line(t, "");
    line(
        t,
        "%-10s %12s %12s %12s %12s",
        "bytes",
        "print p50",
        "print p95",
        "preview p50",
        "preview p95");
    for (ArmSummary a : List.of(r.control(), r.candidate())) {
      line(
          t,
          "  %-8s %12d %12d %12d %12d",
          a.arm(),
          a.printBytes().p50(),
          a.printBytes().p95(),
          a.previewBytes().p50(),
          a.previewBytes().p95());
    }
    line(t, "");
    line(t, "%-22s %6s %8s %8s %8s %8s", "latency (ms)", "n", "p50", "p95", "p99", "max");
    for (String stage : SvgCharts.stages(r.control().stageMillis(), r.candidate().stageMillis())) {
      for (ArmSummary a : List.of(r.control(), r.candidate())) {
        Distribution d = a.stageMillis().getOrDefault(stage, Distribution.of(List.of()));
        line(
            t,
            "  %-20s %6d %8d %8d %8d %8d",
            stage + " " + a.arm(),
            d.count(),
            d.p50(),
            d.p95(),
            d.p99(),
            d.max());
      }
    }
    line(t, "");
    line(t, "worst mismatches (lowest SSIM):");
    if (r.worst().isEmpty()) {
      line(t, "  none: no compared pages");
    }
    for (Mismatch m : r.worst()) {
      line(
          t,
          "  %s  SSIM %s  PSNR %s  book %s %s",
          m.comparisonId(),
          number(m.ssim(), 4),
          m.psnrDb() == null ? "inf" : number(m.psnrDb(), 1) + " dB",
          m.bookId(),
          m.dependencyId());
    }
    if (r.skippedCount() > 0) {
      line(t, "");
      line(t, "skipped %d unreadable records, e.g.:", r.skippedCount());
      r.skipped().forEach(s -> line(t, "  %s", s));
    }
    return t.toString();
  }

  private static void line(StringBuilder t, String format, Object... args) {
    t.append(args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args))
        .append('\n');
  }
}
