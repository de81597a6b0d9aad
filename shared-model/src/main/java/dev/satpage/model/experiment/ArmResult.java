package dev.satpage.model.experiment;

import dev.satpage.model.json.Require;
import java.util.Map;

/**
 * What one arm of an experiment (the control: the live path; or the candidate) did for one job.
 *
 * @param setup the arm's imagery set-up in one line, e.g. {@code azure-tiles/turbojpeg/q90/tile}
 *     (provider and mode / codec / quality / planner), as configured
 * @param outcome {@code ok}, or the failure reason code (from the one registry, {@code
 *     FailureReason}) the arm ended with
 * @param printBytes bytes of the encoded print JPEG (0 when the arm failed)
 * @param previewBytes bytes of the encoded preview JPEG (0 when the arm failed)
 * @param providerRequests provider requests this arm made for the page
 * @param stageMillis wall-clock milliseconds per stage: {@code fetch}, {@code stitch}, {@code
 *     encode}, {@code total} (stages the arm did not reach are absent)
 */
public record ArmResult(
    String setup,
    String outcome,
    long printBytes,
    long previewBytes,
    int providerRequests,
    Map<String, Long> stageMillis) {
  public static final String OK = "ok";

  public ArmResult {
    Require.text(setup, "setup", 200);
    Require.text(outcome, "outcome", 200);
    stageMillis = Map.copyOf(Require.present(stageMillis, "stageMillis"));
  }

  public boolean ok() {
    return OK.equals(outcome);
  }
}
