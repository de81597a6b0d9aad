package dev.satpage.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class DevstackMainTest {
  private static DevstackMain.Options parse(String... args) {
    DevstackMain main = new DevstackMain();
    new CommandLine(main).parseArgs(args);
    return main.options();
  }

  /**
   * Executes as main does, except that arguments that parse fail the test instead of starting the
   * stack.
   */
  private static CommandLine cli(StringWriter out, StringWriter err) {
    return new CommandLine(new DevstackMain())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setExecutionStrategy(
            parsed -> {
              Integer help = CommandLine.executeHelpRequest(parsed);
              if (help == null) {
                throw new AssertionError(
                    "the arguments parsed; devstack would have started: " + parsed.originalArgs());
              }
              return help;
            });
  }

  @Test
  void noOptions_giveTheStandalonePorts_inMemory_noPool() {
    DevstackMain.Options o = parse();

    assertThat(o.config())
        .isEqualTo(
            DevstackConfig.defaults()
                .withPorts(
                    DevstackConfig.STANDALONE_SQS_PORT,
                    DevstackConfig.STANDALONE_S3_PORT,
                    DevstackConfig.STANDALONE_IMAGERY_PORT));
    assertThat(o.config().dataDir()).isNull();
    assertThat(o.imageryPool()).isZero();
    assertThat(o.providerLatency()).isZero();
  }

  @Test
  void everyOption_isRead_inAnyOrder() {
    DevstackMain.Options o =
        parse(
            "--sqs-port",
            "1",
            "--imagery-pool",
            "8",
            "--s3-port",
            "2",
            "--data-dir",
            "/tmp/x",
            "--imagery-port",
            "0",
            "--provider-latency-ms",
            "300");

    assertThat(o.imageryPool()).isEqualTo(8);
    assertThat(o.config().sqsPort()).isEqualTo(1);
    assertThat(o.config().s3Port()).isEqualTo(2);
    assertThat(o.config().imageryPort()).isZero();
    assertThat(o.config().dataDir()).isEqualTo(Path.of("/tmp/x"));
    assertThat(o.providerLatency()).isEqualTo(Duration.ofMillis(300));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--imagery-pool -1 | Invalid value for option '--imagery-pool': '-1' is not a whole number ≥ 0",
        "--sqs-port 65536 | Invalid value for option '--sqs-port': '65536' is not a whole number within 0..65535",
        "--s3-port x | Invalid value for option '--s3-port': 'x' is not a whole number within 0..65535",
        "--imagery-port -1 | Invalid value for option '--imagery-port': '-1' is not a whole number within 0..65535",
        "--provider-latency-ms -5 | Invalid value for option '--provider-latency-ms': '-5' is not a whole number ≥ 0",
        "--imagery-pool | Missing required parameter for option '--imagery-pool' (N)",
        "--region x | Unknown options: '--region', 'x'",
      })
  void refusals_areOneLineNamingTheOption_thenTheUsage_exit2(String args, String error) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = cli(out, err).execute(args.split(" "));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines().findFirst()).contains(error);
    assertThat(err.toString()).contains("Usage: devstack");
  }

  @Test
  void help_listsEveryOptionWithItsDefault() {
    StringWriter out = new StringWriter();

    int code = cli(out, new StringWriter()).execute("--help");

    assertThat(code).isZero();
    assertThat(out.toString().replaceAll("\\s+", " "))
        .contains(
            "--sqs-port=N",
            "(default: 9324)",
            "--s3-port=N",
            "(default: 9000)",
            "--imagery-port=N",
            "(default: 9100)",
            "--data-dir=DIR",
            "(default: in memory)",
            "--imagery-pool=N",
            "(default: 0)",
            "--provider-latency-ms=MS",
            "Exit codes: 2");
  }
}
