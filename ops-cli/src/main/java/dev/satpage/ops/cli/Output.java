package dev.satpage.ops.cli;

import dev.satpage.model.json.Json;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a command writes: results to stdout (text or one JSON document), progress and warnings to
 * stderr.
 */
final class Output {
  private final PrintWriter out;
  private final PrintWriter err;

  Output(CommandSpec spec) {
    this.out = spec.commandLine().getOut();
    this.err = spec.commandLine().getErr();
  }

  void json(Object value) {
    out.println(Json.write(value));
    out.flush();
  }

  void line(String format, Object... args) {
    out.println(args.length == 0 ? format : String.format(format, args));
    out.flush();
  }

  void progress(String format, Object... args) {
    err.println(String.format(format, args));
    err.flush();
  }

  static String age(Instant since, Instant now) {
    if (since == null) {
      return "-";
    }
    Duration d = Duration.between(since, now);
    if (d.toDays() > 0) {
      return d.toDays() + "d" + d.toHoursPart() + "h";
    }
    if (d.toHours() > 0) {
      return d.toHours() + "h" + d.toMinutesPart() + "m";
    }
    return d.toMinutes() > 0 ? d.toMinutes() + "m" + d.toSecondsPart() + "s" : d.toSeconds() + "s";
  }

  static String orDash(Object o) {
    return o == null ? "-" : o.toString();
  }
}
