package dev.satpage.e2e.soak;

import dev.satpage.e2e.load.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The soak's pass criteria (issue 16): memory flat, 0 lost, 0 double, every queue drained. Memory
 * is flat for a process when its live heap (after a full GC) over the last quarter of the samples
 * stays within {@link #HEAP_GROWTH} of the first quarter's, plus {@link #HEAP_SLACK_MIB} for caches
 * that fill once; RSS is reported beside it (a JVM's RSS follows its committed heap, which the
 * collector sizes, so it is not itself a leak signal). Pure.
 */
final class SoakVerdict {
  static final double HEAP_GROWTH = 1.20;
  static final double HEAP_SLACK_MIB = 16;

  private SoakVerdict() {}

  static List<SoakResult.MemoryTrend> trends(List<MemorySample> samples) {
    Map<String, List<MemorySample>> byProcess =
        new TreeMap<>(samples.stream().collect(Collectors.groupingBy(MemorySample::process)));
    List<SoakResult.MemoryTrend> out = new ArrayList<>();
    byProcess.forEach(
        (name, list) -> {
          int quarter = Math.max(1, list.size() / 4);
          List<MemorySample> first = list.subList(0, quarter);
          List<MemorySample> last = list.subList(list.size() - quarter, list.size());
          double heapFirst = mean(first, MemorySample::liveHeapMiB);
          double heapLast = mean(last, MemorySample::liveHeapMiB);
          out.add(
              new SoakResult.MemoryTrend(
                  name,
                  heapFirst,
                  heapLast,
                  mean(first, MemorySample::rssMiB),
                  mean(last, MemorySample::rssMiB),
                  heapLast <= heapFirst * HEAP_GROWTH + HEAP_SLACK_MIB));
        });
    return out;
  }

  static List<String> violations(
      RunResult load, Map<String, Long> depth, List<SoakResult.MemoryTrend> trends) {
    List<String> out = new ArrayList<>();
    if (load.booksRendered() != load.booksOrdered()) {
      out.add(
          (load.booksOrdered() - load.booksRendered())
              + " of "
              + load.booksOrdered()
              + " books not rendered");
    }
    if (load.duplicateRenders() > 0) {
      out.add(load.duplicateRenders() + " books rendered twice");
    }
    depth.forEach(
        (queue, n) -> {
          if (n > 0 && QueueDepth.mustBeEmpty(queue)) {
            out.add(queue + " holds " + n + " message(s) after the run");
          }
        });
    trends.stream()
        .filter(t -> !t.flat())
        .forEach(
            t ->
                out.add(
                    String.format(
                        java.util.Locale.ROOT,
                        "%s: live heap grew from %.0f to %.0f MiB",
                        t.process(),
                        t.liveHeapFirstMiB(),
                        t.liveHeapLastMiB())));
    return out;
  }

  private static double mean(
      List<MemorySample> list, java.util.function.ToDoubleFunction<MemorySample> f) {
    return list.stream().mapToDouble(f).average().orElse(0);
  }
}
