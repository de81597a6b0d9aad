package dev.satpage.e2e.load;

import dev.satpage.e2e.process.ProcStats;
import dev.satpage.model.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a load run's results: {@code load-results.json}, {@code load-results.md} and {@code
 * load-chart.svg}.
 */
public final class LoadReport {
  public static final double TARGET_BOOKS_PER_SECOND = 6.0;
  public static final double TARGET_PREVIEW_P99_SECONDS = 3.0;
  public static final long TARGET_FAN_IN_P99_MS = 200;

  private LoadReport() {}

  /**
   * The JSON document: the machine, the latency the imagery simulator added to every response, and
   * every run.
   */
  public record Document(
      Machine machine, String endLoadAverage, long providerLatencyMs, List<RunResult> runs) {}

  public static void write(Path dir, Document doc) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("load-results.json"), Json.write(doc));
      Files.writeString(dir.resolve("load-results.md"), markdown(doc));
      Files.writeString(
          dir.resolve("load-chart.svg"),
          SvgChart.render(
              doc.runs(),
              TARGET_BOOKS_PER_SECOND,
              TARGET_PREVIEW_P99_SECONDS,
              TARGET_FAN_IN_P99_MS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String markdown(Document doc) {
    Machine m = doc.machine();
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "Machine: %d × %s, %d GiB, %s; %s; load average at start %s, at end %s.%n%n",
            m.cpus(),
            m.cpuModel(),
            m.memoryGiB(),
            m.java(),
            m.at(),
            m.loadAverage(),
            doc.endLoadAverage()));
    md.append(
        String.format(
            Locale.ROOT,
            "Provider latency: the imagery simulator added %d ms before every response in every "
                + "run below.%n%n",
            doc.providerLatencyMs()));
    md.append(
        "| run | imagery workers | offered /s | books | rendered | dup | books/s | order→dispatched p50/p99 "
            + "| order→preview p50/p99 | order→print p50/p99 | fan-in p50/p99 |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (RunResult r : doc.runs()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.2f | %d | %d | %d | %.2f | %s | %s | %s | %s |%n",
              r.label(),
              r.imageryWorkers(),
              r.offeredRatePerSecond(),
              r.booksOrdered(),
              r.booksRendered(),
              r.duplicateRenders(),
              r.booksPerSecond(),
              seconds(r.orderToDispatched()),
              seconds(r.orderToPreviewReady()),
              seconds(r.orderToPrintReady()),
              millis(r.fanIn())));
    }
    md.append(
        "\nCPU seconds and peak RSS per process:\n\n| run | process | CPU s | CPU s / book | peak RSS MiB |\n"
            + "|---|---|---|---|---|\n");
    for (RunResult r : doc.runs()) {
      for (Map.Entry<String, ProcStats> e : r.processes().entrySet()) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %.1f | %.2f | %.0f |%n",
                r.label(),
                e.getKey(),
                e.getValue().cpuSeconds(),
                r.booksRendered() == 0 ? 0 : e.getValue().cpuSeconds() / r.booksRendered(),
                e.getValue().peakRssMiB()));
      }
    }
    md.append(AwsCalls.markdown(doc.runs()));
    return md.toString();
  }

  private static String seconds(Percentiles.Summary s) {
    return s.count() == 0
        ? "–"
        : String.format(Locale.ROOT, "%.2f / %.2f s", s.p50Ms() / 1000.0, s.p99Ms() / 1000.0);
  }

  private static String millis(Percentiles.Summary s) {
    return s.count() == 0 ? "–" : s.p50Ms() + " / " + s.p99Ms() + " ms";
  }
}
