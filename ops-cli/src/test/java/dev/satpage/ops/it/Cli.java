package dev.satpage.ops.it;

import dev.satpage.devstack.Devstack;
import dev.satpage.ops.OpsCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the CLI in this JVM against a devstack, as an operator would type it, and captures stdout
 * and stderr.
 */
public final class Cli {
  public record Result(int exitCode, String out, String err) {}

  private Cli() {}

  /** The connection options for a devstack (static keys, separate endpoints, the bucket). */
  public static List<String> connection(Devstack d) {
    return List.of(
        "--sqs-endpoint",
        d.sqsEndpoint().toString(),
        "--s3-endpoint",
        d.s3Endpoint().toString(),
        "--region",
        d.region(),
        "--access-key",
        d.accessKey(),
        "--secret-key",
        d.secretKey(),
        "--bucket",
        d.bucket());
  }

  public static Result run(Devstack d, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(connection(d));
    return runRaw(all.toArray(String[]::new));
  }

  public static Result runRaw(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = OpsCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }
}
