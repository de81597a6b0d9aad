package dev.satpage.imagery.app.lambda;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.lambda.RuntimeApiStandIn;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM running the AWS Lambda runtime interface client ({@code AWSLambda}) on the imagery handler
 * against its own {@link RuntimeApiStandIn} (closed with it), with the environment the Lambda
 * service sets ({@code AWS_LAMBDA_*}, per
 * https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime,
 * read 2026-12-02) and the function's own settings pointed at a devstack.
 */
final class LambdaProcess implements AutoCloseable {
  static final String HANDLER = ImageryLambdaHandler.class.getName() + "::handleRequest";
  static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

  private final RuntimeApiStandIn runtimeApi;
  private final Process process;
  private final long startedNanos;

  /**
   * Starts {@code java [jvmOptions] -cp classpath AWSLambda handler} in {@code workDir} (the
   * runtime client loads the function from its working directory and {@code lib/*.jar}, as from
   * /var/task on Lambda), output to {@code log}.
   */
  LambdaProcess(
      List<String> jvmOptions,
      String classpath,
      Path workDir,
      Devstack devstack,
      Map<String, String> extraEnv,
      Path log)
      throws IOException {
    this.runtimeApi = new RuntimeApiStandIn();
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new java.util.ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classpath, RIC_MAIN, HANDLER));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    Map<String, String> env = builder.environment();
    env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi.address());
    env.put("AWS_LAMBDA_FUNCTION_NAME", "satpage-imagery-worker");
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/satpage-imagery-worker");
    env.put("AWS_LAMBDA_LOG_STREAM_NAME", "test");
    env.put("LAMBDA_TASK_ROOT", workDir.toString());
    env.putAll(satpageEnvironment(devstack));
    env.putAll(extraEnv);
    if (env.containsKey("SATPAGE_IMAGERY_API_KEY_SECRET_ARN")) {
      // the function takes the key or its secret, not both
      env.remove("SATPAGE_IMAGERY_API_KEY");
    }
    startedNanos = System.nanoTime();
    process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /**
   * The function's own settings (region, endpoints, keys, bucket, provider) for {@code devstack}.
   */
  static Map<String, String> satpageEnvironment(Devstack devstack) {
    Map<String, String> props = devstack.endpointProperties();
    return Map.of(
        "AWS_REGION", props.get("satpage.aws.region"),
        "SATPAGE_AWS_ENDPOINT_SQS", props.get("satpage.aws.endpoint-sqs"),
        "SATPAGE_AWS_ENDPOINT_S3", props.get("satpage.aws.endpoint-s3"),
        "SATPAGE_AWS_ACCESS_KEY", props.get("satpage.aws.access-key"),
        "SATPAGE_AWS_SECRET_KEY", props.get("satpage.aws.secret-key"),
        "SATPAGE_BUCKET", props.get("satpage.bucket"),
        "SATPAGE_IMAGERY_ENDPOINT", props.get("satpage.imagery.endpoint"),
        "SATPAGE_IMAGERY_API_KEY", props.get("satpage.imagery.api-key"));
  }

  /** {@link System#nanoTime()} just before the JVM was started. */
  long startedNanos() {
    return startedNanos;
  }

  RuntimeApiStandIn runtimeApi() {
    return runtimeApi;
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(10));
  }

  /**
   * SIGTERM, then SIGKILL unless the JVM has exited within {@code grace} (a JVM writing an AOT
   * cache at exit needs longer than one that only stops).
   */
  void stop(Duration grace) {
    process.destroy();
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      runtimeApi.close();
    }
  }
}
