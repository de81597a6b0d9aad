package dev.satpage.imagery.app;

import dev.satpage.imagery.ImageryMetrics;
import dev.satpage.imagery.PagePipeline;
import dev.satpage.imagery.codec.Codecs;
import dev.satpage.imagery.codec.JpegCodec;
import dev.satpage.imagery.experiment.CallBudget;
import dev.satpage.imagery.experiment.Candidate;
import dev.satpage.imagery.experiment.ExperimentRunner;
import dev.satpage.imagery.experiment.ExperimentSettings;
import dev.satpage.imagery.experiment.Experiments;
import dev.satpage.imagery.experiment.PageComparison;
import dev.satpage.imagery.fetch.RateLimiter;
import dev.satpage.imagery.fetch.Sleeper;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.WriteOptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How experiments are assembled, shared by both composition roots: each candidate is built by the
 * same factories as the live path ({@link ImageryComponents}) from the live settings with the
 * candidate's values in place, so it differs only where the experiment says.
 */
public final class ExperimentComponents {
  private ExperimentComponents() {}

  /** The configured experiments (none: an observer that does nothing). */
  public static Experiments experiments(
      ImageryProperties live,
      Map<String, ExperimentProperties> configured,
      JpegCodec liveCodec,
      ObjectStore store,
      Clock clock,
      ImageryMetrics metrics,
      Experiments.Launcher launcher) {
    List<ExperimentRunner> runners = new ArrayList<>();
    configured.forEach(
        (name, experiment) -> {
          ExperimentSettings settings = experiment.settings(name);
          ImageryProperties properties = candidate(live, experiment.candidate(), name);
          JpegCodec codec = Codecs.choose(properties.codec());
          // The candidate's provider responses are not counted with the live path's.
          PagePipeline pipeline =
              ImageryComponents.pipeline(
                  properties, ImageryComponents.pageFetcher(properties, status -> {}), codec);
          runners.add(
              new ExperimentRunner(
                  settings,
                  setup(live, liveCodec),
                  new Candidate(setup(properties, codec), pipeline),
                  new PageComparison(liveCodec),
                  store,
                  WriteOptions.Encryption.ofSetting(live.serverSideEncryption()),
                  new RateLimiter(settings.ratePerSecond(), 1, System::nanoTime, Sleeper.SYSTEM),
                  new CallBudget(settings.providerCallBudget(), clock),
                  clock,
                  metrics));
        });
    return new Experiments(runners, launcher);
  }

  /**
   * The candidate's settings: the live ones with the candidate's values in place; the provider's
   * endpoint, key, mode and attribution carry over only when the provider is the same. Refuses an
   * unknown provider, mode, codec, quality or a planner the provider does not use, at start-up.
   */
  static ImageryProperties candidate(
      ImageryProperties live, ExperimentProperties.CandidateProperties c, String name) {
    try {
      String provider = c.provider() == null ? live.provider() : c.provider();
      boolean same = provider.equals(live.provider());
      if (c.mode() != null && !provider.equals("azure")) {
        throw new IllegalArgumentException("mode is for the azure provider only: " + c.mode());
      }
      String mode = c.mode() != null ? c.mode() : same ? live.azureMode() : null;
      if (c.codec() != null) {
        Codecs.choose(c.codec()); // refuses an unknown codec now, not at the first comparison
      }
      ImageryProperties candidate =
          new ImageryProperties(
              provider,
              mode,
              c.endpoint() != null ? c.endpoint() : same ? live.endpoint() : null,
              c.apiKey() != null ? c.apiKey() : live.apiKey(),
              live.tileTemplate(),
              tileSize(c.planner(), same ? live.tileSize() : null),
              same ? live.attribution() : null,
              live.connectTimeout(),
              live.readTimeout(),
              live.maxAttempts(),
              live.backoffBase(),
              live.backoffMax(),
              live.parallelism(),
              live.maxImageBytes(),
              // Its own limiter, at the provider's documented default: never the live path's.
              null,
              c.codec() != null ? c.codec() : live.codec(),
              c.quality() != null ? c.quality() : live.printQuality(),
              c.previewQuality() != null ? c.previewQuality() : live.previewQuality(),
              live.densityPpi(),
              live.serverSideEncryption());
      if (c.planner() != null && !c.planner().equals(planner(candidate))) {
        throw new IllegalArgumentException(
            "planner "
                + c.planner()
                + " does not fit provider "
                + provider
                + (provider.equals("azure") ? " mode " + candidate.azureMode() : "")
                + ", which plans "
                + planner(candidate).replaceAll("-\\d+$", "-256 or -512"));
      }
      return candidate;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "satpage.imagery.experiments." + name + ".candidate: " + e.getMessage(), e);
    }
  }

  /**
   * An arm's set-up in one line: {@code provider-mode/codec/qPrint/planner}, e.g. {@code
   * bing-static/turbojpeg/q90/grid}.
   */
  static String setup(ImageryProperties p, JpegCodec codec) {
    String mode =
        switch (p.provider()) {
          case "azure" -> p.azureMode();
          case "bing" -> "static";
          default -> "tiles";
        };
    return p.provider()
        + "-"
        + mode
        + "/"
        + codec.name()
        + "/q"
        + p.printQuality()
        + "/"
        + planner(p);
  }

  /** {@code grid} for the static-map APIs, {@code tiles-<size>} for the tile APIs. */
  static String planner(ImageryProperties p) {
    boolean grid =
        p.provider().equals("bing")
            || (p.provider().equals("azure") && p.azureMode().equals("static"));
    return grid ? "grid" : "tiles-" + p.tileSize();
  }

  private static Integer tileSize(String planner, Integer fallback) {
    if (planner == null || planner.equals("grid")) {
      return fallback;
    }
    return switch (planner) {
      case "tiles-256" -> 256;
      case "tiles-512" -> 512;
      default ->
          throw new IllegalArgumentException(
              "planner must be grid, tiles-256 or tiles-512: " + planner);
    };
  }
}
