package dev.satpage.e2e.soak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.e2e.cli.CommandRun;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class SoakMainTest {
  private static SoakOptions parse(String... args) {
    SoakMain main = new SoakMain();
    new CommandLine(main).parseArgs(args);
    return main.options();
  }

  @Test
  void onlyTheRate_givesTheDefaults() {
    SoakOptions o = parse("--rate", "0.6");

    assertThat(o)
        .isEqualTo(
            new SoakOptions(
                Duration.ofMinutes(60), 0.6, 1, Duration.ofMinutes(1), Path.of("out", "soak"), 3));
    assertThat(o.books()).isEqualTo(2160);
  }

  @Test
  void everyOption_isRead() {
    assertThat(
            parse(
                "--rate",
                "0.5",
                "--minutes",
                "2.5",
                "--imagery-workers",
                "2",
                "--sample-seconds",
                "10",
                "--print-every",
                "0",
                "--out",
                "s"))
        .isEqualTo(
            new SoakOptions(
                Duration.ofSeconds(150), 0.5, 2, Duration.ofSeconds(10), Path.of("s"), 0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--minutes 60 | Missing required option: '--rate=BOOKS_PER_S'",
        "--rate 0 | Invalid value for option '--rate': '0' is not a number > 0",
        "--rate 1 --minutes 0 | Invalid value for option '--minutes': '0' is not a number > 0",
        "--rate 1 --imagery-workers 9 | Invalid value for option '--imagery-workers': '9' is not a whole number within 1..8",
        "--rate 1 --sample-seconds 0 | Invalid value for option '--sample-seconds': '0' is not a whole number ≥ 1",
        "--rate 1 --print-every x | Invalid value for option '--print-every': 'x' is not a whole number ≥ 0",
        "--rate 1 --hours 2 | Unknown options: '--hours', '2'",
      })
  void refusals_areOneLineNamingTheOption_thenTheUsage_exit2(String args, String error) {
    CommandRun run = CommandRun.of(new CommandLine(new SoakMain()), args.split(" "));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.error()).isEqualTo(error);
    assertThat(run.err()).contains("Usage: soak");
  }

  @Test
  void help_listsEveryOptionWithItsDefault() {
    CommandRun run = CommandRun.of(new CommandLine(new SoakMain()), "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.help())
        .contains(
            "--rate=BOOKS_PER_S",
            "required",
            "--minutes=M",
            "(default: 60)",
            "--imagery-workers=N",
            "(default: 1)",
            "--sample-seconds=S",
            "(default: 60)",
            "--print-every=K",
            "(default: 3)",
            "--out=DIR",
            "(default: out/soak)",
            "Exit codes: 0");
  }
}
