package dev.satpage.e2e.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.e2e.cli.CommandRun;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class DemoMainTest {
  private static DemoOptions parse(String... args) {
    DemoMain main = new DemoMain();
    new CommandLine(main).parseArgs(args);
    return main.options();
  }

  @Test
  void noOptions_giveTheDefaults() {
    assertThat(parse())
        .isEqualTo(new DemoOptions(6, Path.of("out"), Duration.ofMinutes(10), false));
  }

  @Test
  void everyOption_isRead() {
    assertThat(parse("--books", "12", "--out", "x/y", "--timeout-seconds", "30", "--experiment"))
        .isEqualTo(new DemoOptions(12, Path.of("x/y"), Duration.ofSeconds(30), true));
    assertThat(parse("--orders", "7").books()).isEqualTo(7);
    assertThat(parse("--books=200").books()).isEqualTo(200);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--books 0 | Invalid value for option '--books': '0' is not a whole number ≥ 1",
        "--orders x | Invalid value for option '--orders': 'x' is not a whole number ≥ 1",
        "--orders 201 | --books 201 is more than this demo is meant for (200); use the load command",
        "--books 201 | --books 201 is more than this demo is meant for (200); use the load command",
        "--timeout-seconds -5 | Invalid value for option '--timeout-seconds': '-5' is not a whole number ≥ 1",
        "--timeout-seconds | Missing required parameter for option '--timeout-seconds' (S)",
        "--speed 3 | Unknown options: '--speed', '3'",
      })
  void refusals_areOneLineNamingTheOption_thenTheUsage_exit2(String args, String error) {
    CommandRun run = CommandRun.of(new CommandLine(new DemoMain()), args.split(" "));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.error()).isEqualTo(error);
    assertThat(run.err()).contains("Usage: demo");
  }

  @Test
  void help_listsEveryOptionWithItsDefault() {
    CommandRun run = CommandRun.of(new CommandLine(new DemoMain()), "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.help())
        .contains(
            "--books=N",
            "(default: 6)",
            "--orders=N",
            "the same as --books",
            "--out=DIR",
            "(default: out)",
            "--timeout-seconds=S",
            "(default: 600)",
            "Exit codes: 0");
  }
}
