package dev.satpage.e2e.beforeafter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.e2e.cli.CommandRun;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BeforeAfterMainTest {
  private static BeforeAfterOptions parse(String... args) {
    BeforeAfterMain main = new BeforeAfterMain();
    new CommandLine(main).parseArgs(args);
    return main.options();
  }

  @Test
  void noOptions_giveTheDefaults() {
    assertThat(parse())
        .isEqualTo(
            new BeforeAfterOptions(
                List.of(1, 2, 4, 8, 16),
                Duration.ofSeconds(20),
                Duration.ofSeconds(10),
                0.25,
                Duration.ofSeconds(10),
                Duration.ofMillis(100),
                8,
                true,
                Path.of("out", "before-after")));
  }

  @Test
  void everyOption_isRead() {
    assertThat(
            parse(
                "--concurrency",
                "1,3",
                "--step-seconds",
                "5",
                "--warmup-seconds",
                "0",
                "--satellite-share",
                "0.5",
                "--timeout-seconds",
                "3",
                "--provider-latency-ms",
                "0",
                "--imagery-pool",
                "2",
                "--no-pin",
                "--out",
                "x"))
        .isEqualTo(
            new BeforeAfterOptions(
                List.of(1, 3),
                Duration.ofSeconds(5),
                Duration.ZERO,
                0.5,
                Duration.ofSeconds(3),
                Duration.ZERO,
                2,
                false,
                Path.of("x")));
  }

  @Test
  void aZeroConcurrency_isAUsageError() {
    CommandRun run = CommandRun.of(new CommandLine(new BeforeAfterMain()), "--concurrency", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.error()).contains("--concurrency");
  }

  @Test
  void theRenderService_readsTheBookNumberFromTheQuery_andRefusesAnythingElse() {
    assertThat(SeedRenderService.bookNumber(URI.create("http://h/fast-page?book=42")))
        .isEqualTo(42);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SeedRenderService.bookNumber(URI.create("http://h/fast-page?book=x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
