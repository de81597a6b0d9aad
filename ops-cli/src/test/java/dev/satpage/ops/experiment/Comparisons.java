package dev.satpage.ops.experiment;

import dev.satpage.model.experiment.ArmResult;
import dev.satpage.model.experiment.ExperimentComparison;
import dev.satpage.model.experiment.Similarity;
import dev.satpage.model.storage.S3Layout;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Test-data builder of comparison records: {@code aComparison("c1").ssim(0.9).build()}. */
public final class Comparisons {
  public static final String EXPERIMENT = "bing-to-azure";
  public static final String CONTROL_SETUP = "bing-static/turbojpeg/q90/grid";
  public static final String CANDIDATE_SETUP = "azure-tiles/turbojpeg/q90/tile";
  public static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");

  private final String id;
  private String experiment = EXPERIMENT;
  private Instant at = T0;
  private Double ssim = 0.97;
  private Double psnr = 35.0;
  private String controlOutcome = ArmResult.OK;
  private String candidateOutcome = ArmResult.OK;
  private long controlPrint = 2_000_000;
  private long candidatePrint = 1_500_000;
  private final Map<String, Long> controlStages =
      new HashMap<>(Map.of("fetch", 300L, "total", 500L));
  private final Map<String, Long> candidateStages =
      new HashMap<>(Map.of("fetch", 200L, "total", 400L));

  private Comparisons(String id) {
    this.id = id;
  }

  public static Comparisons aComparison(String comparisonId) {
    return new Comparisons(comparisonId);
  }

  public Comparisons ofExperiment(String name) {
    this.experiment = name;
    return this;
  }

  public Comparisons at(Instant when) {
    this.at = when;
    return this;
  }

  /** The similarity; {@code psnrDb} null means identical. */
  public Comparisons similarity(double ssim, Double psnrDb) {
    this.ssim = ssim;
    this.psnr = psnrDb;
    return this;
  }

  /** The candidate failed with {@code reason}: no similarity, no candidate thumbnail. */
  public Comparisons candidateFailed(String reason) {
    candidateOutcome = reason;
    candidateStages.remove("total");
    ssim = null;
    return this;
  }

  /** The control failed with {@code reason}: no similarity, no control thumbnail. */
  public Comparisons controlFailed(String reason) {
    controlOutcome = reason;
    ssim = null;
    return this;
  }

  public Comparisons controlMillis(String stage, long ms) {
    controlStages.put(stage, ms);
    return this;
  }

  public Comparisons candidateMillis(String stage, long ms) {
    candidateStages.put(stage, ms);
    return this;
  }

  public Comparisons printBytes(long control, long candidate) {
    controlPrint = control;
    candidatePrint = candidate;
    return this;
  }

  public ExperimentComparison build() {
    boolean controlOk = ArmResult.OK.equals(controlOutcome);
    boolean candidateOk = ArmResult.OK.equals(candidateOutcome);
    return new ExperimentComparison(
        ExperimentComparison.SCHEMA_VERSION,
        experiment,
        id,
        "job-" + id,
        "book-" + id,
        "satellite-1",
        at,
        new ArmResult(
            CONTROL_SETUP,
            controlOutcome,
            controlOk ? controlPrint : 0,
            controlOk ? controlPrint / 20 : 0,
            4,
            controlStages),
        new ArmResult(
            CANDIDATE_SETUP,
            candidateOutcome,
            candidateOk ? candidatePrint : 0,
            candidateOk ? candidatePrint / 20 : 0,
            12,
            candidateStages),
        ssim == null ? null : new Similarity(ssim, psnr, 400, 300),
        controlOk ? S3Layout.experimentThumbnail(experiment, id, "control") : null,
        candidateOk ? S3Layout.experimentThumbnail(experiment, id, "candidate") : null);
  }
}
