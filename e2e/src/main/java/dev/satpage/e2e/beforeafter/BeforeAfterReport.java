package dev.satpage.e2e.beforeafter;

import dev.satpage.e2e.load.Machine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a before/after run: {@code before-after.md} (the table, the seed's figures beside ours)
 * and {@code before-after.csv} (one row per architecture and step).
 */
public final class BeforeAfterReport {
  /** Satellite pages in one book of the sample product (the area page and the home page). */
  public static final int SATELLITE_PAGES_PER_BOOK = 2;

  private BeforeAfterReport() {}

  /** A run: where, under what load, with which settings, every step, and anything to flag. */
  public record Document(
      Machine machine,
      String endLoadAverage,
      BeforeAfterOptions options,
      boolean pinned,
      List<StepResult> steps,
      List<String> notes) {
    public Document {
      steps = List.copyOf(steps);
      notes = List.copyOf(notes);
    }
  }

  public static void write(Path dir, Document doc) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("before-after.md"), markdown(doc));
      Files.writeString(dir.resolve("before-after.csv"), csv(doc.steps()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String csv(List<StepResult> steps) {
    StringBuilder csv =
        new StringBuilder(
            "architecture,clients,seconds,fast_requests,fast_ok,fast_p50_ms,fast_p95_ms,"
                + "fast_p99_ms,fast_pages_per_s,satellite_requests,satellite_ok,satellite_p50_ms,"
                + "satellite_pages_made,satellite_pages_per_s,served_ok_percent\n");
    for (StepResult s : steps) {
      csv.append(
          String.format(
              Locale.ROOT,
              "%s,%d,%.1f,%d,%d,%d,%d,%d,%.2f,%d,%d,%d,%d,%.2f,%.1f%n",
              s.architecture().label(),
              s.concurrency(),
              s.seconds(),
              s.fastRequests(),
              s.fastOk(),
              s.fastP50Ms(),
              s.fastP95Ms(),
              s.fastP99Ms(),
              s.fastPagesPerSecond(),
              s.satelliteRequests(),
              s.satelliteOk(),
              s.satelliteP50Ms(),
              s.satellitePagesMade(),
              s.satellitePagesPerSecond(),
              s.servedOkPercent()));
    }
    return csv.toString();
  }

  public static String markdown(Document doc) {
    Machine m = doc.machine();
    BeforeAfterOptions o = doc.options();
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "Machine: %d × %s, %d GiB, %s; %s; load average at start %s, at end %s. "
                + "Render service %s. Each step %d s of closed-loop clients, one request in %.0f a "
                + "satellite page, request timeout %d s (a timeout is an error), provider latency "
                + "%d ms.%n%n",
            m.cpus(),
            m.cpuModel(),
            m.memoryGiB(),
            m.java(),
            m.at(),
            m.loadAverage(),
            doc.endLoadAverage(),
            doc.pinned()
                ? "pinned to CPU 0, the imagery worker (after) to CPU 1"
                : "and imagery worker not pinned (both CPUs shared)",
            o.step().toSeconds(),
            1 / o.satelliteShare(),
            o.timeout().toSeconds(),
            o.providerLatency().toMillis()));
    md.append(
        "| architecture | clients | fast pages | fast p50 / p95 / p99 | fast pages/s | "
            + "satellite requests | satellite p50 | satellite pages/s | served without error |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    for (StepResult s : doc.steps()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %d / %d / %d ms | %.2f | %d | %d ms | %.2f | %.1f %% |%n",
              s.architecture().label(),
              s.concurrency(),
              s.fastRequests(),
              s.fastP50Ms(),
              s.fastP95Ms(),
              s.fastP99Ms(),
              s.fastPagesPerSecond(),
              s.satelliteRequests(),
              s.satelliteP50Ms(),
              s.satellitePagesPerSecond(),
              s.servedOkPercent()));
    }
    md.append('\n').append(seedComparison(doc.steps()));
    for (String note : doc.notes()) {
      md.append("\n- ").append(note);
    }
    return md.toString();
  }

  /** The seed's three figures, each beside what this run measured for it. */
  static String seedComparison(List<StepResult> steps) {
    Optional<StepResult> beforeFirst = first(steps, Architecture.BEFORE);
    Optional<StepResult> afterFirst = first(steps, Architecture.AFTER);
    Optional<StepResult> beforeLast = last(steps, Architecture.BEFORE);
    Optional<StepResult> afterLast = last(steps, Architecture.AFTER);
    StringBuilder md = new StringBuilder("| the seed's figure | seed (t2.medium) | this run |\n");
    md.append("|---|---|---|\n");
    md.append(
        String.format(
            Locale.ROOT,
            "| render request, before → after | 3 s → ~200 ms | %s → %s (satellite page p50 "
                + "before, fast page p50 after, fewest clients) |%n",
            beforeFirst.map(s -> s.satelliteP50Ms() + " ms").orElse("–"),
            afterFirst.map(s -> s.fastP50Ms() + " ms").orElse("–")));
    md.append(
        String.format(
            Locale.ROOT,
            "| books per box | ~2 books/s per t2.medium | before %s, after %s (best step's "
                + "satellite pages/s ÷ %d) |%n",
            booksPerSecond(steps, Architecture.BEFORE),
            booksPerSecond(steps, Architecture.AFTER),
            SATELLITE_PAGES_PER_BOOK));
    md.append(
        String.format(
            Locale.ROOT,
            "| availability | +12.5 %% | %s → %s served without error at %s clients |%n",
            beforeLast
                .map(s -> String.format(Locale.ROOT, "%.1f %%", s.servedOkPercent()))
                .orElse("–"),
            afterLast
                .map(s -> String.format(Locale.ROOT, "%.1f %%", s.servedOkPercent()))
                .orElse("–"),
            beforeLast.map(s -> Integer.toString(s.concurrency())).orElse("–")));
    return md.toString();
  }

  private static String booksPerSecond(List<StepResult> steps, Architecture architecture) {
    return steps.stream()
        .filter(s -> s.architecture() == architecture)
        .map(StepResult::satellitePagesPerSecond)
        .max(Comparator.naturalOrder())
        .map(p -> String.format(Locale.ROOT, "%.2f books/s", p / SATELLITE_PAGES_PER_BOOK))
        .orElse("–");
  }

  private static Optional<StepResult> first(List<StepResult> steps, Architecture architecture) {
    return steps.stream().filter(s -> s.architecture() == architecture).findFirst();
  }

  private static Optional<StepResult> last(List<StepResult> steps, Architecture architecture) {
    return steps.stream().filter(s -> s.architecture() == architecture).reduce((a, b) -> b);
  }
}
