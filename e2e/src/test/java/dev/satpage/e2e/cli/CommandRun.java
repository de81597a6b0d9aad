package dev.satpage.e2e.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One command line executed as {@code main} would, without running the command: help is printed and
 * refusals are reported as picocli does, but arguments that parse fail the test instead of starting
 * a pipeline.
 */
public record CommandRun(int exitCode, String out, String err) {
  public static CommandRun of(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    cli.setExecutionStrategy(
        parsed -> {
          Integer help = CommandLine.executeHelpRequest(parsed);
          if (help == null) {
            throw new AssertionError(
                "the arguments parsed; the command would have run: " + parsed.originalArgs());
          }
          return help;
        });
    int code = cli.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }

  /**
   * Stdout with every run of whitespace made one space, so that help text wrapped at any width can
   * be matched.
   */
  public String help() {
    return out.replaceAll("\\s+", " ");
  }

  /** The first line on stderr: the error itself (the usage follows it). */
  public String error() {
    return err.lines().findFirst().orElse("");
  }
}
