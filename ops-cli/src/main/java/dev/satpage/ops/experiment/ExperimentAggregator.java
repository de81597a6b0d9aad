package dev.satpage.ops.experiment;

import dev.satpage.model.experiment.ArmResult;
import dev.satpage.model.experiment.ExperimentComparison;
import dev.satpage.model.experiment.Similarity;
import dev.satpage.ops.experiment.ExperimentReport.ArmSummary;
import dev.satpage.ops.experiment.ExperimentReport.HistogramBin;
import dev.satpage.ops.experiment.ExperimentReport.Mismatch;
import dev.satpage.ops.experiment.ExperimentReport.PsnrSummary;
import dev.satpage.ops.experiment.ExperimentReport.SsimBucket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Adds up an experiment's comparisons into an {@link ExperimentReport}; pure. */
public final class ExperimentAggregator {
  /** Lower bounds of the SSIM buckets, best first; a last bucket holds everything below. */
  public static final List<Double> SSIM_THRESHOLDS = List.of(0.95, 0.90, 0.80);

  /** Bins of the SSIM histogram over [0, 1]. */
  public static final int HISTOGRAM_BINS = 20;

  /** How many of the lowest-SSIM comparisons the report shows, unless told otherwise. */
  public static final int DEFAULT_WORST = 8;

  private final int worst;

  public ExperimentAggregator(int worst) {
    if (worst < 0) {
      throw new IllegalArgumentException("--worst must be 0 or more, was " + worst);
    }
    this.worst = worst;
  }

  /** The report over {@code read}'s comparisons and skipped records. */
  public ExperimentReport aggregate(String experiment, ComparisonReader.Read read) {
    List<ExperimentComparison> all = read.comparisons();
    List<Similarity> similarities =
        all.stream().map(ExperimentComparison::similarity).filter(Objects::nonNull).toList();
    return new ExperimentReport(
        experiment,
        all.size(),
        all.stream()
            .map(ExperimentComparison::comparedAt)
            .min(Comparator.naturalOrder())
            .orElse(null),
        all.stream()
            .map(ExperimentComparison::comparedAt)
            .max(Comparator.naturalOrder())
            .orElse(null),
        similarities.size(),
        all.size() - similarities.size(),
        buckets(similarities),
        histogram(similarities),
        psnr(similarities),
        arm("control", all, ExperimentComparison::control),
        arm("candidate", all, ExperimentComparison::candidate),
        worst(all),
        read.skipped().size(),
        read.skipped().stream().limit(ExperimentReport.SKIPPED_EXAMPLES).toList());
  }

  static List<SsimBucket> buckets(List<Similarity> similarities) {
    List<SsimBucket> buckets = new ArrayList<>();
    double upper = Double.POSITIVE_INFINITY;
    for (double atLeast : SSIM_THRESHOLDS) {
      buckets.add(
          new SsimBucket(
              "≥ " + twoDecimals(atLeast), atLeast, count(similarities, atLeast, upper)));
      upper = atLeast;
    }
    buckets.add(
        new SsimBucket(
            "< " + twoDecimals(upper), -1, count(similarities, Double.NEGATIVE_INFINITY, upper)));
    return buckets;
  }

  private static String twoDecimals(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  private static int count(List<Similarity> similarities, double from, double below) {
    return (int) similarities.stream().filter(s -> s.ssim() >= from && s.ssim() < below).count();
  }

  static List<HistogramBin> histogram(List<Similarity> similarities) {
    int[] counts = new int[HISTOGRAM_BINS];
    for (Similarity s : similarities) {
      int bin = (int) Math.floor(s.ssim() * HISTOGRAM_BINS);
      counts[Math.max(0, Math.min(HISTOGRAM_BINS - 1, bin))]++;
    }
    List<HistogramBin> bins = new ArrayList<>();
    for (int i = 0; i < HISTOGRAM_BINS; i++) {
      bins.add(
          new HistogramBin(
              (double) i / HISTOGRAM_BINS, (double) (i + 1) / HISTOGRAM_BINS, counts[i]));
    }
    return bins;
  }

  static PsnrSummary psnr(List<Similarity> similarities) {
    double[] finite =
        similarities.stream()
            .map(Similarity::psnrDb)
            .filter(Objects::nonNull)
            .mapToDouble(d -> d)
            .sorted()
            .toArray();
    int identical = similarities.size() - finite.length;
    if (finite.length == 0) {
      return new PsnrSummary(identical, null, null, null);
    }
    int median = (int) Math.ceil(0.5 * finite.length) - 1;
    return new PsnrSummary(identical, finite[0], finite[median], finite[finite.length - 1]);
  }

  static ArmSummary arm(
      String name, List<ExperimentComparison> all, Function<ExperimentComparison, ArmResult> side) {
    TreeSet<String> setups = new TreeSet<>();
    Map<String, Integer> failures = new TreeMap<>();
    List<Long> print = new ArrayList<>();
    List<Long> preview = new ArrayList<>();
    Map<String, List<Long>> stages = new TreeMap<>();
    int ok = 0;
    for (ExperimentComparison c : all) {
      ArmResult r = side.apply(c);
      setups.add(r.setup());
      r.stageMillis()
          .forEach((stage, ms) -> stages.computeIfAbsent(stage, s -> new ArrayList<>()).add(ms));
      if (r.ok()) {
        ok++;
        print.add(r.printBytes());
        preview.add(r.previewBytes());
      } else {
        failures.merge(r.outcome(), 1, Integer::sum);
      }
    }
    Map<String, Distribution> stageMillis = new TreeMap<>();
    stages.forEach((stage, values) -> stageMillis.put(stage, Distribution.of(values)));
    return new ArmSummary(
        name,
        List.copyOf(setups),
        ok,
        all.size() - ok,
        failures,
        Distribution.of(print),
        Distribution.of(preview),
        stageMillis);
  }

  List<Mismatch> worst(List<ExperimentComparison> all) {
    return all.stream()
        .filter(c -> c.similarity() != null)
        .sorted(
            Comparator.comparingDouble((ExperimentComparison c) -> c.similarity().ssim())
                .thenComparing(ExperimentComparison::comparisonId))
        .limit(worst)
        .map(
            c ->
                new Mismatch(
                    c.comparisonId(),
                    c.bookId(),
                    c.dependencyId(),
                    c.similarity().ssim(),
                    c.similarity().psnrDb(),
                    c.controlThumbnail(),
                    c.candidateThumbnail()))
        .toList();
  }
}
