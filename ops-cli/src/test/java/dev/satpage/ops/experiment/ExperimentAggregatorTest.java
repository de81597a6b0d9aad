package dev.satpage.ops.experiment;

import static dev.satpage.ops.experiment.Comparisons.aComparison;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.experiment.ExperimentComparison;
import dev.satpage.ops.experiment.ExperimentReport.HistogramBin;
import dev.satpage.ops.experiment.ExperimentReport.Mismatch;
import dev.satpage.ops.experiment.ExperimentReport.SsimBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExperimentAggregatorTest {
  private static ExperimentReport aggregate(List<ExperimentComparison> all) {
    return new ExperimentAggregator(3)
        .aggregate(Comparisons.EXPERIMENT, new ComparisonReader.Read(all, List.of()));
  }

  @Test
  void oneRecord_isEveryFigure() {
    ExperimentReport r =
        aggregate(List.of(aComparison("c1").similarity(0.91, 28.5).printBytes(1000, 800).build()));

    assertThat(r.comparisons()).isEqualTo(1);
    assertThat(r.compared()).isEqualTo(1);
    assertThat(r.notCompared()).isZero();
    assertThat(r.firstComparedAt()).isEqualTo(Comparisons.T0).isEqualTo(r.lastComparedAt());
    assertThat(r.ssimBuckets())
        .extracting(SsimBucket::label, SsimBucket::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("≥ 0.95", 0),
            org.assertj.core.groups.Tuple.tuple("≥ 0.90", 1),
            org.assertj.core.groups.Tuple.tuple("≥ 0.80", 0),
            org.assertj.core.groups.Tuple.tuple("< 0.80", 0));
    assertThat(r.psnr()).isEqualTo(new ExperimentReport.PsnrSummary(0, 28.5, 28.5, 28.5));
    assertThat(r.control().printBytes()).isEqualTo(new Distribution(1, 1000, 1000, 1000, 1000));
    assertThat(r.candidate().printBytes()).isEqualTo(new Distribution(1, 800, 800, 800, 800));
    assertThat(r.candidate().stageMillis().get("fetch"))
        .isEqualTo(new Distribution(1, 200, 200, 200, 200));
    assertThat(r.control().setups()).containsExactly(Comparisons.CONTROL_SETUP);
    assertThat(r.candidate().setups()).containsExactly(Comparisons.CANDIDATE_SETUP);
    assertThat(r.worst()).extracting(Mismatch::comparisonId).containsExactly("c1");
    assertThat(r.worst().getFirst().controlThumbnail())
        .isEqualTo("experiments/bing-to-azure/thumbnails/c1-control.jpg");
  }

  @Test
  void armFailed_isNotComparedButCountsAsThatArmsError() {
    ExperimentReport r =
        aggregate(
            List.of(
                aComparison("c1").similarity(0.99, 40.0).build(),
                aComparison("c2").candidateFailed("imagery-rejected").build(),
                aComparison("c3").candidateFailed("imagery-rejected").build(),
                aComparison("c4").controlFailed("imagery-corrupt").build()));

    assertThat(r.compared()).isEqualTo(1);
    assertThat(r.notCompared()).isEqualTo(3);
    assertThat(r.ssimBuckets().stream().mapToInt(SsimBucket::count).sum()).isEqualTo(1);
    assertThat(r.ssimHistogram().stream().mapToInt(HistogramBin::count).sum()).isEqualTo(1);
    assertThat(r.candidate().failed()).isEqualTo(2);
    assertThat(r.candidate().ok()).isEqualTo(2);
    assertThat(r.candidate().failuresByReason())
        .containsExactly(java.util.Map.entry("imagery-rejected", 2));
    assertThat(r.candidate().errorRate()).isEqualTo(0.5);
    assertThat(r.control().failuresByReason())
        .containsExactly(java.util.Map.entry("imagery-corrupt", 1));
    assertThat(r.control().errorRate()).isEqualTo(0.25);
    // bytes count successful pages only; a stage the failed arm never reached is absent
    assertThat(r.candidate().printBytes().count()).isEqualTo(2);
    assertThat(r.candidate().stageMillis().get("total").count()).isEqualTo(2);
    assertThat(r.candidate().stageMillis().get("fetch").count()).isEqualTo(4);
    assertThat(r.worst()).extracting(Mismatch::comparisonId).containsExactly("c1");
  }

  @Test
  void psnrNull_countsAsIdentical_notInTheFigures() {
    ExperimentReport r =
        aggregate(
            List.of(
                aComparison("c1").similarity(1.0, null).build(),
                aComparison("c2").similarity(0.9, 20.0).build(),
                aComparison("c3").similarity(0.8, 30.0).build(),
                aComparison("c4").similarity(0.85, 25.0).build()));

    assertThat(r.psnr()).isEqualTo(new ExperimentReport.PsnrSummary(1, 20.0, 25.0, 30.0));
  }

  @Test
  void onlyIdenticalPages_haveNoPsnrFigures() {
    ExperimentReport r = aggregate(List.of(aComparison("c1").similarity(1.0, null).build()));

    assertThat(r.psnr()).isEqualTo(new ExperimentReport.PsnrSummary(1, null, null, null));
    assertThat(r.worst().getFirst().psnrDb()).isNull();
  }

  @Test
  void bucketBounds_areInclusiveBelow() {
    ExperimentReport r =
        aggregate(
            List.of(
                aComparison("a").similarity(1.0, null).build(),
                aComparison("b").similarity(0.95, 40.0).build(),
                aComparison("c").similarity(0.9499, 33.0).build(),
                aComparison("d").similarity(0.90, 30.0).build(),
                aComparison("e").similarity(0.80, 25.0).build(),
                aComparison("f").similarity(0.7999, 20.0).build(),
                aComparison("g").similarity(-0.2, 5.0).build()));

    assertThat(r.ssimBuckets()).extracting(SsimBucket::count).containsExactly(2, 2, 1, 2);
    List<HistogramBin> bins = r.ssimHistogram();
    assertThat(bins).hasSize(ExperimentAggregator.HISTOGRAM_BINS);
    assertThat(bins.getFirst().count()).as("negative SSIM lands in the first bin").isEqualTo(1);
    assertThat(bins.getLast().from()).isEqualTo(0.95);
    assertThat(bins.getLast().count()).as("0.95 and 1.0").isEqualTo(2);
    assertThat(bins.get(18).count()).as("0.90 and 0.9499").isEqualTo(2);
    assertThat(bins.get(16).count()).as("0.80").isEqualTo(1);
    assertThat(bins.get(15).count()).as("0.7999").isEqualTo(1);
  }

  @Test
  void latency_isNearestRankPerStageAndArm() {
    List<ExperimentComparison> all = new ArrayList<>();
    IntStream.rangeClosed(1, 100)
        .forEach(
            i ->
                all.add(
                    aComparison("c" + i)
                        .controlMillis("fetch", i)
                        .candidateMillis("encode", 1000 + i)
                        .build()));

    ExperimentReport r = aggregate(all);

    assertThat(r.control().stageMillis().get("fetch"))
        .isEqualTo(new Distribution(100, 50, 95, 99, 100));
    assertThat(r.candidate().stageMillis().get("encode"))
        .isEqualTo(new Distribution(100, 1050, 1095, 1099, 1100));
    assertThat(r.control().stageMillis()).doesNotContainKey("encode");
  }

  @Test
  void worst_areTheLowestSsim_tiesByComparisonId_limited() {
    ExperimentReport r =
        aggregate(
            List.of(
                aComparison("c1").similarity(0.99, 40.0).build(),
                aComparison("c2").similarity(0.5, 12.0).build(),
                aComparison("c4").similarity(0.7, 18.0).build(),
                aComparison("c3").similarity(0.7, 19.0).build(),
                aComparison("c5").similarity(0.98, 38.0).build()));

    assertThat(r.worst()).extracting(Mismatch::comparisonId).containsExactly("c2", "c3", "c4");
  }

  @Test
  void timeSpan_andSkipped_areReported() {
    List<String> skipped = IntStream.range(0, 12).mapToObj(i -> "k" + i + ": bad").toList();
    ExperimentReport r =
        new ExperimentAggregator(0)
            .aggregate(
                Comparisons.EXPERIMENT,
                new ComparisonReader.Read(
                    List.of(
                        aComparison("c1").at(Comparisons.T0.plusSeconds(60)).build(),
                        aComparison("c2").build()),
                    skipped));

    assertThat(r.firstComparedAt()).isEqualTo(Comparisons.T0);
    assertThat(r.lastComparedAt()).isEqualTo(Comparisons.T0.plusSeconds(60));
    assertThat(r.worst()).isEmpty();
    assertThat(r.skippedCount()).isEqualTo(12);
    assertThat(r.skipped()).hasSize(ExperimentReport.SKIPPED_EXAMPLES).startsWith("k0: bad");
  }

  @Test
  void negativeWorst_isRefused() {
    assertThatThrownBy(() -> new ExperimentAggregator(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--worst");
  }

  @Test
  void noComparisons_giveZeroesNotErrors() {
    ExperimentReport r = aggregate(List.of());

    assertThat(r.control().errorRate()).isZero();
    assertThat(r.control().printBytes()).isEqualTo(new Distribution(0, 0, 0, 0, 0));
    assertThat(r.firstComparedAt()).isNull();
  }
}
