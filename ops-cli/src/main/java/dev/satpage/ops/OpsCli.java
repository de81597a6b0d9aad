package dev.satpage.ops;

import dev.satpage.aws.s3.S3ObjectStore;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.ops.aws.AwsErrors;
import dev.satpage.ops.aws.Connection;
import dev.satpage.ops.aws.OpsClients;
import dev.satpage.ops.aws.SqsOpsQueues;
import dev.satpage.ops.cli.Backend;
import dev.satpage.ops.cli.OpsCommands;
import dev.satpage.ops.dlq.OpsQueues;
import dev.satpage.ops.dlq.UnknownQueueException;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The ops CLI's composition root: wires the commands to SQS and S3 and turns every failure into one
 * line on stderr and the exit code of its kind ({@link ExitCode}).
 */
public final class OpsCli {
  private OpsCli() {}

  public static void main(String[] args) {
    System.exit(
        execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs one command against AWS (or the endpoints given) and returns its exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return execute(OpsCli::awsBackend, out, err, args);
  }

  /** As {@link #execute(PrintWriter, PrintWriter, String...)} with another backend (tests). */
  public static int execute(
      Backend.Factory backends, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = OpsCommands.commandLine(backends, Clock.systemUTC());
    cli.setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              OpsException ops = classify(e);
              cmd.getErr().println("ops: " + ops.getMessage());
              cmd.getErr().flush();
              return ops.exitCode();
            });
    return cli.execute(args);
  }

  static OpsException classify(Exception e) {
    return switch (e) {
      case OpsException o -> o;
      case UnknownQueueException u ->
          new OpsException(
              ExitCode.NOT_FOUND,
              u.getMessage() + " (queues: ops queues; names are case-sensitive)",
              u);
      case IllegalArgumentException i -> new OpsException(ExitCode.USAGE, i.getMessage(), i);
      default -> {
        OpsException aws = AwsErrors.classify(e, "request failed");
        yield aws != null ? aws : new OpsException(ExitCode.SERVICE_ERROR, e.toString(), e);
      }
    };
  }

  private static Backend awsBackend(Connection connection) {
    SqsClient sqs = OpsClients.sqs(connection);
    OpsQueues queues = new SqsOpsQueues(sqs);
    return new Backend() {
      private S3Client s3;

      @Override
      public OpsQueues queues() {
        return queues;
      }

      @Override
      public ObjectStore store() {
        if (connection.bucket() == null) {
          throw new IllegalArgumentException("no bucket: pass --bucket or set SATPAGE_BUCKET");
        }
        if (s3 == null) {
          s3 = OpsClients.s3(connection);
        }
        return new S3ObjectStore(s3, connection.bucket());
      }

      @Override
      public void close() {
        sqs.close();
        if (s3 != null) {
          s3.close();
        }
      }
    };
  }
}
