package dev.satpage.imagery;

import dev.satpage.model.message.SatellitePageJob;

/**
 * Told about each queued job after {@link ImageryService#handle} has finished with it (the page
 * stored and its completion sent, or the failure announced): how an experiment runs its candidate
 * beside the live path. A fault thrown here is logged and dropped by the service.
 */
public interface PageObserver {
  PageObserver NONE =
      new PageObserver() {
        @Override
        public void completed(SatellitePageJob job, MadePage page) {}

        @Override
        public void failed(SatellitePageJob job) {}
      };

  /** {@code job}'s page is stored and its {@code imagery-completed} was sent. */
  void completed(SatellitePageJob job, MadePage page);

  /** {@code job} failed (permanently or to be retried): there is no page. */
  void failed(SatellitePageJob job);
}
