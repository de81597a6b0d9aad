package dev.satpage.ops.experiment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an experiment's comparisons add up to: how alike the candidate's pages are to the control's
 * (SSIM buckets and histogram, PSNR), what each arm cost (bytes, latency per stage) and how often
 * it failed, and the worst mismatches. Built by {@link ExperimentAggregator}; printed by {@link
 * ReportTable} and {@link ExperimentHtml}.
 *
 * @param comparisons records read
 * @param compared comparisons with a similarity (both arms produced a page)
 * @param notCompared comparisons without one (an arm failed, nothing to compare)
 * @param skipped records that could not be read, each as {@code key: why} (at most {@link
 *     #SKIPPED_EXAMPLES} of them; {@code skippedCount} counts all)
 */
public record ExperimentReport(
    String experiment,
    int comparisons,
    Instant firstComparedAt,
    Instant lastComparedAt,
    int compared,
    int notCompared,
    List<SsimBucket> ssimBuckets,
    List<HistogramBin> ssimHistogram,
    PsnrSummary psnr,
    ArmSummary control,
    ArmSummary candidate,
    List<Mismatch> worst,
    int skippedCount,
    List<String> skipped) {
  public static final int SKIPPED_EXAMPLES = 10;

  public ExperimentReport {
    ssimBuckets = List.copyOf(ssimBuckets);
    ssimHistogram = List.copyOf(ssimHistogram);
    worst = List.copyOf(worst);
    skipped = List.copyOf(skipped);
  }

  /**
   * Compared pages whose SSIM is at least {@code atLeast} (and below the next bucket's bound), or
   * below every bound for the last bucket ({@code atLeast} is then {@code -1}).
   */
  public record SsimBucket(String label, double atLeast, int count) {}

  /**
   * Compared pages with {@code from ≤ SSIM < to} (the last bin includes 1.0, the first all < 0).
   */
  public record HistogramBin(double from, double to, int count) {}

  /**
   * PSNR over the compared pages: {@code identical} counts pages with no PSNR (identical images,
   * infinite); the figures are over the others and null when there are none.
   */
  public record PsnrSummary(int identical, Double minDb, Double medianDb, Double maxDb) {}

  /**
   * One arm over all comparisons.
   *
   * @param setups the arm's set-ups as the records name them (normally one)
   * @param failuresByReason failed results by reason code
   * @param printBytes encoded print JPEG sizes of the arm's successful pages
   * @param previewBytes encoded preview JPEG sizes of the arm's successful pages
   * @param stageMillis latency per stage ({@code fetch}, {@code stitch}, {@code encode}, {@code
   *     total}, …) over the results that reached it
   */
  public record ArmSummary(
      String arm,
      List<String> setups,
      int ok,
      int failed,
      Map<String, Integer> failuresByReason,
      Distribution printBytes,
      Distribution previewBytes,
      Map<String, Distribution> stageMillis) {
    public ArmSummary {
      setups = List.copyOf(setups);
      failuresByReason = Map.copyOf(failuresByReason);
      stageMillis = Map.copyOf(stageMillis);
    }

    /** Failed results over all results, 0 when there are none. */
    public double errorRate() {
      int all = ok + failed;
      return all == 0 ? 0 : (double) failed / all;
    }
  }

  /**
   * A compared page with a low SSIM, and the S3 keys of both arms' thumbnails (null when the record
   * names none).
   */
  public record Mismatch(
      String comparisonId,
      String bookId,
      String dependencyId,
      double ssim,
      Double psnrDb,
      String controlThumbnail,
      String candidateThumbnail) {}
}
