package dev.satpage.e2e.beforeafter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.e2e.load.Machine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeforeAfterReportTest {
  private static final Machine MACHINE =
      new Machine(
          "EPYC", 2, 8, "3.10 2.00 1.00", "OpenJDK 25", Instant.parse("2026-12-03T10:00:00Z"));
  private static final BeforeAfterOptions OPTIONS =
      new BeforeAfterOptions(
          List.of(1, 8),
          Duration.ofSeconds(20),
          Duration.ofSeconds(5),
          0.25,
          Duration.ofSeconds(10),
          Duration.ofMillis(100),
          8,
          true,
          Path.of("out"));

  private static StepResult step(
      Architecture a, int clients, long fastP50, long satelliteP50, int ok, long made) {
    return new StepResult(
        a, clients, 20.0, 30, ok, fastP50, fastP50 * 2, fastP50 * 3, 10, 10, satelliteP50, made);
  }

  private static final List<StepResult> STEPS =
      List.of(
          step(Architecture.BEFORE, 1, 45, 2900, 30, 10),
          step(Architecture.BEFORE, 8, 900, 9000, 15, 16),
          step(Architecture.AFTER, 1, 40, 3, 30, 20),
          step(Architecture.AFTER, 8, 60, 4, 30, 24));

  @Test
  void markdown_hasARowPerArchitectureAndStep_andTheSeedsFiguresBesideOurs() {
    String md =
        BeforeAfterReport.markdown(
            new BeforeAfterReport.Document(
                MACHINE, "1.0 1.0 1.0", OPTIONS, true, STEPS, List.of()));

    assertThat(md)
        .contains("load average at start 3.10 2.00 1.00, at end 1.0 1.0 1.0")
        .contains("pinned to CPU 0")
        .contains("request timeout 10 s")
        .contains("| before | 1 | 30 | 45 / 90 / 135 ms | 1.50 | 10 | 2900 ms | 0.50 | 100.0 % |")
        .contains(
            "| before | 8 | 30 | 900 / 1800 / 2700 ms | 0.75 | 10 | 9000 ms | 0.80 | 62.5 % |")
        .contains("| after | 8 | 30 | 60 / 120 / 180 ms | 1.50 | 10 | 4 ms | 1.20 | 100.0 % |")
        .contains("| render request, before → after | 3 s → ~200 ms | 2900 ms → 40 ms")
        .contains("~2 books/s per t2.medium | before 0.40 books/s, after 0.60 books/s")
        .contains(
            "| availability | +12.5 % | 62.5 % → 100.0 % served without error at 8 clients |");
  }

  @Test
  void csv_hasAHeaderAndOneLinePerStep(@TempDir Path dir) throws Exception {
    BeforeAfterReport.write(
        dir,
        new BeforeAfterReport.Document(
            MACHINE, "1.0 1.0 1.0", OPTIONS, false, STEPS, List.of("a note")));

    List<String> csv = Files.readAllLines(dir.resolve("before-after.csv"));
    assertThat(csv).hasSize(5);
    assertThat(csv.getFirst()).startsWith("architecture,clients,seconds,fast_requests");
    assertThat(csv.get(2))
        .isEqualTo("before,8,20.0,30,15,900,1800,2700,0.75,10,10,9000,16,0.80,62.5");
    assertThat(Files.readString(dir.resolve("before-after.md")))
        .contains("not pinned")
        .endsWith("\n- a note");
  }

  @Test
  void aRunOfOneArchitecture_leavesTheOthersFiguresOpen() {
    String seed = BeforeAfterReport.seedComparison(STEPS.subList(0, 2));

    assertThat(seed).contains("2900 ms → –").contains("after –");
  }
}
