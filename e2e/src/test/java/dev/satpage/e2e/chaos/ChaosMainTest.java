package dev.satpage.e2e.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.e2e.cli.CommandRun;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChaosMainTest {
  private static ChaosOptions parse(String... args) {
    ChaosMain main = new ChaosMain();
    new picocli.CommandLine(main).parseArgs(args);
    return main.options();
  }

  @Test
  void noOptions_isTheStandardRun_seededFromTheClock() {
    long before = System.currentTimeMillis();
    ChaosOptions o = parse();

    assertThat(o.seed()).isBetween(before, System.currentTimeMillis());
    assertThat(o).isEqualTo(ChaosOptions.standard(o.seed()));
  }

  @Test
  void short_isTheShortRun() {
    assertThat(parse("--short", "--seed", "42")).isEqualTo(ChaosOptions.shortRun(42));
  }

  @Test
  void options_overrideTheRunTheyAreGivenWith_inAnyOrder() {
    ChaosOptions o =
        parse(
            "--books",
            "200",
            "--rate",
            "0.5",
            "--chaos-minutes",
            "6.5",
            "--short",
            "--quiesce-minutes",
            "12",
            "--seed",
            "7",
            "--out",
            "c");

    assertThat(o)
        .isEqualTo(
            ChaosOptions.shortRun(7)
                .withBooks(200)
                .withRate(0.5)
                .withWindows(Duration.ofSeconds(390), Duration.ofMinutes(12))
                .withOut(Path.of("c")));
    // one window given keeps the run's other
    assertThat(parse("--seed", "1", "--quiesce-minutes", "1").chaosWindow())
        .isEqualTo(ChaosOptions.standard(1).chaosWindow());
    assertThat(parse("--seed", "1", "--chaos-minutes", "1").quiesceTimeout())
        .isEqualTo(ChaosOptions.standard(1).quiesceTimeout());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--books 0 | Invalid value for option '--books': '0' is not a whole number ≥ 1",
        "--rate -1 | Invalid value for option '--rate': '-1' is not a number > 0",
        "--chaos-minutes 0 | Invalid value for option '--chaos-minutes': '0' is not a number > 0",
        "--quiesce-minutes soon | Invalid value for option '--quiesce-minutes': 'soon' is not a number > 0",
        "--seed 4.2 | Invalid value for option '--seed': '4.2' is not a long",
        "--out | Missing required parameter for option '--out' (DIR)",
        "--long | Unknown option: '--long'",
      })
  void refusals_areOneLineNamingTheOption_thenTheUsage_exit2(String args, String error) {
    CommandRun run = CommandRun.of(ChaosMain.commandLine(), args.split(" "));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.error()).isEqualTo(error);
    assertThat(run.err()).contains("Usage: chaos");
  }

  @Test
  void help_listsEveryOption_andBothRunsValues() {
    CommandRun run = CommandRun.of(ChaosMain.commandLine(), "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.help())
        .contains(
            "--short",
            "--books=N",
            "--rate=BOOKS_PER_S",
            "--chaos-minutes=M",
            "--quiesce-minutes=M",
            "--seed=N",
            "--out=DIR",
            "(default: out/chaos)",
            "The standard run: 120 books at 1.0/s, a kill every 15-40 s for 3 min, up to 8 min to settle, the production "
                + "visibility timeouts.",
            "With --short: 14 books at 0.4/s, a kill every 6-10 s for 45 s, up to 3 min to settle, 30 s visibility "
                + "timeouts.",
            "Exit codes: 0");
  }
}
