package dev.satpage.e2e.soak;

import dev.satpage.e2e.load.LoadOptions;
import dev.satpage.e2e.load.LoadReport;
import dev.satpage.e2e.load.Machine;
import dev.satpage.model.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a soak's {@code soak-results.json}, {@code soak-results.md} and {@code soak-memory.svg}.
 */
final class SoakReport {
  private SoakReport() {}

  static void write(Path dir, Machine machine, String endLoadAverage, SoakResult result) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("soak-results.json"), Json.write(result));
      Files.writeString(dir.resolve("soak-results.md"), markdown(machine, endLoadAverage, result));
      Files.writeString(dir.resolve("soak-memory.svg"), MemoryChart.render(result.memory()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String markdown(Machine machine, String endLoadAverage, SoakResult r) {
    StringBuilder md =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Soak: %.0f minutes at %.2f books/s offered, %d imagery worker(s).%n%n",
                r.minutes(),
                r.offeredRatePerSecond(),
                r.imageryWorkers()));
    md.append(
        LoadReport.markdown(
            new LoadReport.Document(
                machine,
                endLoadAverage,
                LoadOptions.DEFAULT_PROVIDER_LATENCY_MS,
                List.of(r.load()))));
    md.append(
        "\nMemory, first quarter → last quarter of the samples (live heap = heap used right after a full GC):\n\n"
            + "| process | live heap MiB | RSS MiB | flat |\n|---|---|---|---|\n");
    for (SoakResult.MemoryTrend t : r.trends()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.0f → %.0f | %.0f → %.0f | %s |%n",
              t.process(),
              t.liveHeapFirstMiB(),
              t.liveHeapLastMiB(),
              t.rssFirstMiB(),
              t.rssLastMiB(),
              t.flat() ? "yes" : "**no**"));
    }
    md.append("\nMessages left after the run:\n\n| queue | messages |\n|---|---|\n");
    r.queueDepthAtEnd()
        .forEach(
            (q, n) ->
                md.append(
                    String.format(
                        Locale.ROOT,
                        "| %s | %d%s |%n",
                        q,
                        n,
                        QueueDepth.mustBeEmpty(q)
                            ? ""
                            : " (output queue, not drained by the soak)")));
    md.append(
        r.violations().isEmpty()
            ? "\nVerdict: **passed** — memory flat, 0 lost, 0 double, every queue drained.\n"
            : "\nVerdict: **failed**:\n"
                + String.join("\n", r.violations().stream().map(v -> "- " + v).toList())
                + "\n");
    md.append(
        "\nEvery sample (minute, process, RSS MiB, live heap MiB, committed heap MiB):\n\n```\n");
    r.memory()
        .forEach(
            s ->
                md.append(
                    String.format(
                        Locale.ROOT,
                        "%6.1f %-18s %7.0f %7.0f %7.0f%n",
                        s.minute(),
                        s.process(),
                        s.rssMiB(),
                        s.liveHeapMiB(),
                        s.committedHeapMiB())));
    return md.append("```\n").toString();
  }
}
