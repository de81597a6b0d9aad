package dev.satpage.e2e.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The short chaos run (ChaosMain --short) in CI: component JVMs SIGKILLed and restarted, orders
 * delivered twice, provider 5xx / hangs / corrupt images, one S3 restart; then every book rendered
 * exactly once after the DLQ replay.
 */
class ChaosIT {
  @Test
  void shortChaosRun_rendersEveryBookExactlyOnce_andNeverFromAnUnresolvedDependency() {
    // 8 books (20 s of orders) inside the 45 s window of kills: JVM restarts, not books, dominate
    // the run time.
    ChaosOptions options =
        ChaosOptions.shortRun(20261127L).withBooks(8).withOut(Path.of("target", "chaos-it"));
    ChaosReport report = new ChaosRun(options).run();
    System.out.println(report.text());

    assertThat(report.kills().keySet())
        .as("each kind of component was killed")
        .anyMatch(n -> n.startsWith("imagery-worker"))
        .contains("producer", "render-worker");
    assertThat(report.s3Restarts()).isEqualTo(1);
    assertThat(report.duplicateOrders()).isPositive();
    assertThat(report.afterReplay().violations()).isEmpty();
    assertThat(report.beforeReplay().violations()).isEmpty();
    assertThat(report.afterReplay().renderedOnce()).isEqualTo(options.books());
    assertThat(report.monkeyFailure()).isNull();
  }
}
