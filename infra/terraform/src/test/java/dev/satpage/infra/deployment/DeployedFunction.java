package dev.satpage.infra.deployment;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.lambda.RuntimeApiStandIn;
import dev.satpage.devstack.secrets.SecretsManagerStandIn;
import dev.satpage.infra.hcl.TfModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * An imagery function as Terraform deploys it: started by the real Lambda runtime interface client
 * (its own JVM) with the handler Terraform names and an environment holding nothing but what
 * Terraform sets ({@code local.imagery_env}, read from the .tf files, references mapped to the
 * local stack), what the Lambda runtime sets itself, and the endpoint overrides that stand in for
 * AWS. The provider key reaches it only through the secret ARN (Secrets Manager stand-in).
 */
final class DeployedFunction implements AutoCloseable {
  private final SecretsManagerStandIn secrets;
  private final RuntimeApiStandIn runtimeApi;
  private final Map<String, String> terraformEnvironment;
  private final Map<String, String> environment;
  private final Path log;
  private final Process process;

  private DeployedFunction(
      SecretsManagerStandIn secrets,
      RuntimeApiStandIn runtimeApi,
      Map<String, String> terraformEnvironment,
      Map<String, String> environment,
      Path log,
      Process process) {
    this.secrets = secrets;
    this.runtimeApi = runtimeApi;
    this.terraformEnvironment = terraformEnvironment;
    this.environment = environment;
    this.log = log;
    this.process = process;
  }

  /**
   * Starts the function whose handler is the default of {@code var.<handlerVariable>}, named {@code
   * functionName} as the runtime would see it.
   */
  static DeployedFunction start(
      Devstack devstack, TfModule tf, String handlerVariable, String functionName)
      throws IOException {
    // secrets.tf creates the secret (name = var.imagery_api_key_secret_name) without a value; the
    // README puts it.
    SecretsManagerStandIn secrets =
        SecretsManagerStandIn.start(0, devstack.region(), devstack.accessKey());
    String secretArn = secrets.createSecret(defaultOf(tf, "imagery_api_key_secret_name"));
    secrets.putSecretValue(secretArn, devstack.imageryApiKey());

    Map<String, String> terraformEnvironment =
        TerraformEnvironment.of(
            tf,
            "imagery_env",
            Map.of(
                "var.aws_region", devstack.region(),
                "aws_s3_bucket.data.bucket", devstack.bucket(),
                "aws_secretsmanager_secret.imagery_api_key.arn", secretArn,
                // the provider, as a tfvars would set it
                "var.imagery_endpoint", devstack.imageryEndpoint().toString()));
    String handler = defaultOf(tf, handlerVariable);
    RuntimeApiStandIn runtimeApi = new RuntimeApiStandIn();

    Map<String, String> environment = new TreeMap<>(terraformEnvironment);
    // Set by the Lambda runtime itself
    // (https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html,
    // "Defined runtime environment variables", read 2026-12-02); the credentials are the function
    // role's session there.
    environment.putAll(
        Map.ofEntries(
            Map.entry("_HANDLER", handler),
            Map.entry("AWS_REGION", devstack.region()),
            Map.entry("AWS_DEFAULT_REGION", devstack.region()),
            Map.entry("AWS_ACCESS_KEY_ID", devstack.accessKey()),
            Map.entry("AWS_SECRET_ACCESS_KEY", devstack.secretKey()),
            Map.entry("AWS_LAMBDA_RUNTIME_API", runtimeApi.address()),
            Map.entry("AWS_LAMBDA_FUNCTION_NAME", functionName),
            Map.entry("AWS_LAMBDA_FUNCTION_VERSION", "1"),
            Map.entry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", defaultOf(tf, "imagery_memory_mb")),
            Map.entry("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + functionName),
            Map.entry("AWS_LAMBDA_LOG_STREAM_NAME", "it"),
            Map.entry("TZ", ":UTC"),
            Map.entry("LANG", "en_US.UTF-8")));
    // Endpoint overrides standing in for AWS: SQS and S3 by the apps' settings, Secrets Manager by
    // the SDK's own.
    environment.put("SATPAGE_AWS_ENDPOINT_SQS", devstack.sqsEndpoint().toString());
    environment.put("SATPAGE_AWS_ENDPOINT_S3", devstack.s3Endpoint().toString());
    environment.put("AWS_ENDPOINT_URL_SECRETS_MANAGER", secrets.endpoint().toString());

    Path log = Files.createTempFile(functionName + "-", ".log");
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
            handler);
    builder.environment().clear(); // nothing inherited from this JVM's environment
    builder.environment().putAll(environment);
    Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new DeployedFunction(
        secrets, runtimeApi, terraformEnvironment, environment, log, process);
  }

  /** What Terraform sets, evaluated. */
  Map<String, String> terraformEnvironment() {
    return terraformEnvironment;
  }

  /** Everything the function's process was started with. */
  Map<String, String> environment() {
    return environment;
  }

  /** What the function has written so far. */
  String output() throws IOException {
    return Files.readString(log);
  }

  /** One invocation with {@code eventJson}; the function's response body. */
  String invoke(String eventJson) throws Exception {
    try {
      return runtimeApi.invoke(eventJson).get(120, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(
          "no response from the function (init error: "
              + runtimeApi.initError().getNow("none")
              + "); its output:\n"
              + output(),
          e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    runtimeApi.close();
    secrets.close();
  }

  static String defaultOf(TfModule tf, String variable) {
    var v = tf.variables().get(variable).get("default");
    return v.isNumber() ? Long.toString(v.asLong()) : v.asText();
  }
}
