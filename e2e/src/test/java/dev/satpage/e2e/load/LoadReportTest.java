package dev.satpage.e2e.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.e2e.process.ProcStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadReportTest {
  static RunResult run(String label, double booksPerSecond, long previewP99) {
    Percentiles.Summary s = new Percentiles.Summary(10, 1000, 2000, previewP99, previewP99);
    return new RunResult(
        label,
        1,
        6,
        10,
        10,
        0,
        10,
        booksPerSecond,
        s,
        s,
        s,
        new Percentiles.Summary(10, 50, 80, 120, 130),
        Map.of("imagery-worker-1", new ProcStats(12.5, 600L * 1024 * 1024)));
  }

  @Test
  void percentiles_areNearestRank() {
    List<Duration> ms = List.of(100, 200, 300, 400).stream().map(Duration::ofMillis).toList();
    assertThat(Percentiles.millis(ms, 50)).isEqualTo(200);
    assertThat(Percentiles.millis(ms, 99)).isEqualTo(400);
    assertThat(Percentiles.millis(List.of(), 99)).isZero();
  }

  @Test
  void markdown_holdsEveryRunAndProcess() {
    Machine m =
        new Machine("Test CPU", 2, 23, "1 1 1", "JDK 25", Instant.parse("2026-11-27T08:00:00Z"));
    String md =
        LoadReport.markdown(
            new LoadReport.Document(m, "2 2 2", 300, List.of(run("w1", 1.5, 2500))));
    assertThat(md)
        .contains("2 × Test CPU")
        .contains("the imagery simulator added 300 ms before every response")
        .contains("| w1 | 1 | 6.00 | 10 | 10 | 0 | 1.50 |")
        .contains("| w1 | imagery-worker-1 | 12.5 | 1.25 | 600 |")
        .contains("50 / 120 ms");
  }

  @Test
  void chart_scalesBarsToTheLargestValue_andDrawsTheTarget() {
    String svg =
        SvgChart.render(List.of(run("w1", 1.0, 1000), run("w2", 2.0, 2000)), 6.0, 3.0, 200);
    assertThat(svg)
        .startsWith("<svg")
        .contains(">w1<")
        .contains(">w2<")
        .contains("target 6.0")
        .contains(">2.00<")
        .contains("target 200.0")
        .contains("Fan-in");
    // background, 2 throughput bars, 2×2 latency bars, 2×2 fan-in bars
    assertThat(svg.split("<rect").length - 1).isEqualTo(1 + 2 + 4 + 4);
  }

  @Test
  void loadOrders_giveEveryBookItsOwnHome_andEveryThirdAPrintBook() {
    var a = LoadOrders.order("r", 0, 3, Instant.EPOCH).books().getFirst();
    var b = LoadOrders.order("r", 8, 3, Instant.EPOCH).books().getFirst(); // same city, next step
    assertThat(a.personalisation().latitude()).isNotEqualTo(b.personalisation().latitude());
    assertThat(LoadOrders.order("r", 2, 3, Instant.EPOCH).books().getFirst().purpose().name())
        .isEqualTo("PRINT");
    assertThat(a.purpose().name()).isEqualTo("PREVIEW");
  }
}
