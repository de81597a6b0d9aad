package dev.satpage.imagery.experiment;

/**
 * One named experiment's limits: which jobs it samples, and how much it may cost. The candidate's
 * imagery set-up is built by the app from the same settings as the live path's.
 *
 * @param name the experiment's name, in its S3 keys and metric tags (letters, digits, {@code .}
 *     {@code _} {@code -})
 * @param sampleRate the share of jobs compared, in [0, 1]; decided from the job id ({@link
 *     Sampler}), so a redelivered job gets the same answer
 * @param ratePerSecond comparisons started per second at most, per process; a sampled job beyond it
 *     is skipped ({@code rate}), never queued
 * @param providerCallBudget provider requests the candidate may make per clock hour, per process; a
 *     comparison whose planned requests do not fit is skipped ({@code budget})
 */
public record ExperimentSettings(
    String name, double sampleRate, double ratePerSecond, int providerCallBudget) {
  public static final double DEFAULT_SAMPLE_RATE = 0.01;
  public static final double DEFAULT_RATE_PER_SECOND = 0.2;
  public static final int DEFAULT_PROVIDER_CALL_BUDGET = 1000;

  public ExperimentSettings {
    if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new IllegalArgumentException(
          "an experiment's name may only contain letters, digits, '.', '_' and '-' (at most 64): "
              + name);
    }
    if (!(sampleRate >= 0 && sampleRate <= 1)) {
      throw new IllegalArgumentException(
          "experiment " + name + ": sample-rate must be within [0, 1]: " + sampleRate);
    }
    if (!(ratePerSecond > 0)) {
      throw new IllegalArgumentException(
          "experiment " + name + ": rate-per-second must be positive: " + ratePerSecond);
    }
    if (providerCallBudget < 1) {
      throw new IllegalArgumentException(
          "experiment "
              + name
              + ": provider-call-budget must be at least 1: "
              + providerCallBudget);
    }
  }
}
