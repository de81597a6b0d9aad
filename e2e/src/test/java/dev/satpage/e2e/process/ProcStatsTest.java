package dev.satpage.e2e.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProcStatsTest {
  // A real /proc/<pid>/stat line, with a command name holding spaces and a ')' to trip a naive
  // split.
  static final String STAT =
      "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 52000 0 3 0 1234 566 0 0 20 0 40 0 "
          + "100 5000000000 120000 18446744073709551615 1 1 0 0 0 0 0 4096 16796879 0 0 0 17 1 0 0 0 0 0";
  static final String STATUS =
      "Name:\tjava\nVmPeak:\t 5000000 kB\nVmHWM:\t  524288 kB\nVmRSS:\t  400000 kB\n";

  @Test
  void parse_readsUtimePlusStime_andVmHwm() {
    ProcStats s = ProcStats.parse(STAT, STATUS);
    assertThat(s.cpuSeconds()).isCloseTo(18.00, within(1e-9)); // (1234 + 566) ticks / 100
    assertThat(s.peakRssBytes()).isEqualTo(524288L * 1024);
    assertThat(s.peakRssMiB()).isCloseTo(512.0, within(1e-9));
  }

  @Test
  void restartedProcess_addsCpu_andKeepsTheLargerPeak() {
    ProcStats total = new ProcStats(3, 100).plus(new ProcStats(2, 300));
    assertThat(total).isEqualTo(new ProcStats(5, 300));
    assertThat(total.since(new ProcStats(1, 999))).isEqualTo(new ProcStats(4, 300));
  }

  @Test
  void readsThisJvm_fromProc() {
    ProcStats self = ProcStats.read(ProcessHandle.current().pid()).orElseThrow();
    assertThat(self.cpuSeconds()).isPositive();
    assertThat(self.peakRssBytes()).isGreaterThan(10L * 1024 * 1024);
  }
}
