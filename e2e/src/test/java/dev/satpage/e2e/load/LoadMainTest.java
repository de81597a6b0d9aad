package dev.satpage.e2e.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.e2e.cli.CommandRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class LoadMainTest {
  private static LoadOptions parse(String... args) {
    LoadMain main = new LoadMain();
    new CommandLine(main).parseArgs(args);
    return main.options();
  }

  @Test
  void noOptions_giveTheDefaults() {
    assertThat(parse())
        .isEqualTo(
            new LoadOptions(
                60,
                List.of(6.0),
                3,
                List.of(1, 2),
                Path.of("out", "load"),
                Duration.ofMinutes(5),
                8,
                "256m",
                Duration.ZERO));
  }

  @Test
  void everyOption_isRead_andCommaListsMakeOneRunEach() {
    assertThat(
            parse(
                "--books",
                "30",
                "--rate",
                "6,0.65",
                "--print-every",
                "0",
                "--imagery-workers",
                "1,2,4",
                "--out",
                "x",
                "--timeout-seconds",
                "90",
                "--imagery-pool",
                "0",
                "--imagery-heap",
                "2g",
                "--provider-latency-ms",
                "300"))
        .isEqualTo(
            new LoadOptions(
                30,
                List.of(6.0, 0.65),
                0,
                List.of(1, 2, 4),
                Path.of("x"),
                Duration.ofSeconds(90),
                0,
                "2g",
                Duration.ofMillis(300)));
    // a list given replaces the default list rather than adding to it
    assertThat(parse("--rate", "2.5").rates()).containsExactly(2.5);
    assertThat(parse("--imagery-workers", "3").imageryWorkers()).containsExactly(3);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--books 0 | Invalid value for option '--books': '0' is not a whole number ≥ 1",
        "--rate 6,0 | Invalid value for option '--rate' (BOOKS_PER_S): '0' is not a number > 0",
        "--rate six | Invalid value for option '--rate' (BOOKS_PER_S): 'six' is not a number > 0",
        "--print-every -1 | Invalid value for option '--print-every': '-1' is not a whole number ≥ 0",
        "--imagery-workers 1,9 | Invalid value for option '--imagery-workers' (N): '9' is not a whole number within 1..8",
        "--timeout-seconds 0 | Invalid value for option '--timeout-seconds': '0' is not a whole number ≥ 1",
        "--imagery-pool -1 | Invalid value for option '--imagery-pool': '-1' is not a whole number ≥ 0",
        "--provider-latency-ms -1 | Invalid value for option '--provider-latency-ms': '-1' is not a whole number ≥ 0",
        "--rate | Missing required parameter for option '--rate' (BOOKS_PER_S)",
        "--workers 2 | Unknown options: '--workers', '2'",
      })
  void refusals_areOneLineNamingTheOption_thenTheUsage_exit2(String args, String error) {
    CommandRun run = CommandRun.of(new CommandLine(new LoadMain()), args.split(" "));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.error()).isEqualTo(error);
    assertThat(run.err()).contains("Usage: load");
  }

  @Test
  void help_listsEveryOptionWithItsDefault() {
    CommandRun run = CommandRun.of(new CommandLine(new LoadMain()), "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.help())
        .contains(
            "--books=N",
            "(default: 60)",
            "--rate=BOOKS_PER_S",
            "(default: 6)",
            "--print-every=K",
            "(default: 3)",
            "--imagery-workers=N",
            "(default: 1,2)",
            "--out=DIR",
            "(default: out/load)",
            "--timeout-seconds=S",
            "(default: 300)",
            "--imagery-pool=N",
            "(default: 8)",
            "--imagery-heap=SIZE",
            "(default: 256m)",
            "--provider-latency-ms=MS",
            "(default: 0)",
            "Exit codes: 0");
  }
}
