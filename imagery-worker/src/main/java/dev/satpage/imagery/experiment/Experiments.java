package dev.satpage.imagery.experiment;

import dev.satpage.imagery.MadePage;
import dev.satpage.imagery.PageObserver;
import dev.satpage.model.message.SatellitePageJob;
import java.util.List;

/**
 * The configured experiments as the live path's {@link PageObserver}: for a completed job, the
 * experiments that sample it run their candidates through {@code launcher} (off the listener thread
 * on the Spring worker, inline after the completion on Lambda); for a failed one they count it
 * skipped ({@code control-failed}). The decision to sample is made on the caller's thread, so a
 * launch refused as busy is counted per experiment.
 */
public final class Experiments implements PageObserver {
  /** Runs a comparison's work, or refuses it (returns false) when it cannot take it now. */
  @FunctionalInterface
  public interface Launcher {
    Launcher INLINE =
        work -> {
          work.run();
          return true;
        };

    boolean tryLaunch(Runnable work);
  }

  private final List<ExperimentRunner> runners;
  private final Launcher launcher;

  public Experiments(List<ExperimentRunner> runners, Launcher launcher) {
    this.runners = List.copyOf(runners);
    this.launcher = launcher;
  }

  public List<ExperimentRunner> runners() {
    return runners;
  }

  @Override
  public void completed(SatellitePageJob job, MadePage page) {
    List<ExperimentRunner> sampling = runners.stream().filter(r -> r.samples(job)).toList();
    if (sampling.isEmpty()) {
      return;
    }
    if (!launcher.tryLaunch(() -> sampling.forEach(r -> r.compare(job, page)))) {
      sampling.forEach(r -> r.skipped("busy"));
    }
  }

  @Override
  public void failed(SatellitePageJob job) {
    runners.stream().filter(r -> r.samples(job)).forEach(r -> r.skipped("control-failed"));
  }
}
