package dev.satpage.e2e.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The chaos fault rates stay per page when a page is many provider requests. */
class ChaosFaultRatesTest {
  @Test
  void perRequestRate_failsAPageWithThePerPageChance() {
    int requests = ChaosRun.requestsPerPage();
    double perRequest = ChaosRun.perRequest(0.03, requests);

    assertThat(requests).isBetween(48, 63); // 4000x3000 in 512-px tiles: 8–9 columns, 6–7 rows
    assertThat(1 - Math.pow(1 - perRequest, requests)).isCloseTo(0.03, within(1e-12));
    assertThat(perRequest).isLessThan(0.001);
    assertThat(ChaosRun.perRequest(0.03, 1)).isCloseTo(0.03, within(1e-12));
  }
}
