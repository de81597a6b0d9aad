package dev.satpage.producer.app;

import dev.satpage.producer.coordinator.CoordinatorObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** The coordinator's observations as Micrometer meters (exposed at /actuator/metrics). */
final class CoordinatorMetrics implements CoordinatorObserver {
  private final MeterRegistry registry;
  private final Timer fanIn;

  CoordinatorMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.fanIn =
        Timer.builder("satpage.coordinator.fanin")
            .description("last imagery completion of a book -> its render job dispatched")
            .publishPercentiles(0.5, 0.95, 0.99)
            .register(registry);
  }

  @Override
  public void duplicateAbsorbed(String bookId, String what) {
    registry.counter("satpage.coordinator.duplicates.absorbed", "what", what).increment();
  }

  @Override
  public void dispatched(String bookId, Duration fanIn) {
    this.fanIn.record(fanIn);
    registry.counter("satpage.coordinator.dispatched").increment();
  }
}
