package dev.satpage.ops.cli;

import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command tree: {@code queues}, {@code dlq show}, {@code dlq replay}, {@code book}, {@code
 * experiment report}.
 */
public final class OpsCommands {
  @Command(
      name = "ops",
      mixinStandardHelpOptions = true,
      version = "satpage ops 0.1",
      description =
          "satpage ops on call: queue and DLQ status, dead-letter inspection and lossless replay, book status, experiment reports.",
      footer = {
        "",
        "Exit codes: 0 ok, 1 some messages failed, 2 usage, 3 unknown queue/book/bucket/experiment, "
            + "4 no or refused credentials, 5 endpoint unreachable, 6 other service error."
      })
  static final class Root {}

  private OpsCommands() {}

  public static CommandLine commandLine(Backend.Factory backends, Clock clock) {
    CommandLine dlq =
        new CommandLine(new DlqCommand())
            .addSubcommand(new DlqShowCommand(backends))
            .addSubcommand(new DlqReplayCommand(backends));
    return new CommandLine(new Root())
        .addSubcommand(new QueuesCommand(backends, clock))
        .addSubcommand(dlq)
        .addSubcommand(new BookCommand(backends))
        .addSubcommand(
            new CommandLine(new ExperimentCommand())
                .addSubcommand(new ExperimentReportCommand(backends)));
  }
}
