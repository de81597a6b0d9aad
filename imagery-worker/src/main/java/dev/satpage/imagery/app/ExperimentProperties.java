package dev.satpage.imagery.app;

import dev.satpage.imagery.experiment.ExperimentSettings;
import java.net.URI;

/**
 * One experiment, {@code satpage.imagery.experiments.<name>.*}: the candidate's imagery set-up
 * (each unset value is the live path's) and how often and how much it runs (docs/configuration.md).
 *
 * @param candidate the candidate's provider, mode, codec, qualities and planner
 * @param sampleRate share of jobs compared, in [0, 1] (default {@link
 *     ExperimentSettings#DEFAULT_SAMPLE_RATE})
 * @param ratePerSecond comparisons started per second per process at most
 * @param providerCallBudget candidate provider requests per clock hour per process
 */
public record ExperimentProperties(
    CandidateProperties candidate,
    Double sampleRate,
    Double ratePerSecond,
    Integer providerCallBudget) {
  public ExperimentProperties {
    candidate = candidate == null ? CandidateProperties.SAME : candidate;
  }

  /** The experiment's limits, validated ({@code name} is the key it was configured under). */
  public ExperimentSettings settings(String name) {
    return new ExperimentSettings(
        name,
        sampleRate == null ? ExperimentSettings.DEFAULT_SAMPLE_RATE : sampleRate,
        ratePerSecond == null ? ExperimentSettings.DEFAULT_RATE_PER_SECOND : ratePerSecond,
        providerCallBudget == null
            ? ExperimentSettings.DEFAULT_PROVIDER_CALL_BUDGET
            : providerCallBudget);
  }

  /**
   * The candidate's imagery set-up; unset values are the live path's ({@code endpoint}, {@code
   * api-key} and {@code mode} only when the provider is the same).
   *
   * @param provider {@code azure}, {@code bing} or {@code tiles}
   * @param mode for {@code azure}: {@code tiles} or {@code static}
   * @param endpoint the candidate provider's base URI
   * @param apiKey the candidate provider's key (never logged)
   * @param codec {@code auto}, {@code turbojpeg} or {@code imageio}
   * @param quality print JPEG quality 1–100
   * @param previewQuality preview JPEG quality 1–100
   * @param planner {@code grid} (the static-map APIs' 2 x 2 grid) or {@code tiles-256} / {@code
   *     tiles-512} (tile APIs, with that tile size); must fit the provider and mode
   */
  public record CandidateProperties(
      String provider,
      String mode,
      URI endpoint,
      String apiKey,
      String codec,
      Integer quality,
      Integer previewQuality,
      String planner) {
    static final CandidateProperties SAME =
        new CandidateProperties(null, null, null, null, null, null, null, null);

    @Override
    public String toString() { // the key must not reach a log
      return "CandidateProperties[provider="
          + provider
          + ", mode="
          + mode
          + ", endpoint="
          + endpoint
          + ", apiKey=***, codec="
          + codec
          + ", quality="
          + quality
          + ", previewQuality="
          + previewQuality
          + ", planner="
          + planner
          + "]";
    }
  }
}
