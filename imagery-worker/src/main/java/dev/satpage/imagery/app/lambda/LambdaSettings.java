package dev.satpage.imagery.app.lambda;

import dev.satpage.aws.AwsSettings;
import dev.satpage.imagery.app.ExperimentProperties;
import dev.satpage.imagery.app.ImageryProperties;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.boot.convert.DurationStyle;

/**
 * The Lambda function's settings, read once at init from its environment variables: the same names
 * the Spring apps bind by relaxed binding ({@code SATPAGE_BUCKET}, {@code
 * SATPAGE_IMAGERY_READ_TIMEOUT}, …; see docs/configuration.md), plus {@code
 * SATPAGE_IMAGERY_API_KEY_SECRET_ARN}: the provider key is read from that Secrets Manager secret
 * (what Terraform sets) unless {@code SATPAGE_IMAGERY_API_KEY} gives it directly (devstack). A
 * {@code SATPAGE_*} variable that no setting reads is refused: a misspelt or stale name fails the
 * init instead of being ignored.
 */
record LambdaSettings(
    AwsSettings aws,
    String bucket,
    ImageryProperties imagery,
    String component,
    String emfNamespace,
    Map<String, ExperimentProperties> experiments) {
  /** Reads the value of a secret, given where the AWS APIs are; called at most once, at init. */
  @FunctionalInterface
  interface SecretReader {
    String read(AwsSettings aws, String secretArn);
  }

  static LambdaSettings from(Map<String, String> env, SecretReader secrets) {
    Set<String> read = new TreeSet<>();
    Function<String, String> get =
        name -> {
          read.add(name);
          return blankToNull(env.get(name));
        };
    String bucket = get.apply("SATPAGE_BUCKET");
    if (bucket == null) {
      throw new IllegalArgumentException("SATPAGE_BUCKET is required");
    }
    // AWS_REGION is set by the Lambda runtime; SATPAGE_AWS_REGION overrides it (devstack).
    String region =
        get.apply("SATPAGE_AWS_REGION") != null
            ? get.apply("SATPAGE_AWS_REGION")
            : get.apply("AWS_REGION");
    AwsSettings aws =
        new AwsSettings(
            region,
            uri(get.apply("SATPAGE_AWS_ENDPOINT_SQS")),
            uri(get.apply("SATPAGE_AWS_ENDPOINT_S3")),
            get.apply("SATPAGE_AWS_ACCESS_KEY"),
            get.apply("SATPAGE_AWS_SECRET_KEY"));
    String apiKey = get.apply("SATPAGE_IMAGERY_API_KEY");
    String apiKeySecretArn = get.apply("SATPAGE_IMAGERY_API_KEY_SECRET_ARN");
    if (apiKey != null && apiKeySecretArn != null) {
      throw new IllegalArgumentException(
          "set SATPAGE_IMAGERY_API_KEY_SECRET_ARN or SATPAGE_IMAGERY_API_KEY, not both (which key would be used?)");
    }
    if (apiKey == null && apiKeySecretArn == null) {
      throw new IllegalArgumentException(
          "SATPAGE_IMAGERY_API_KEY_SECRET_ARN (or SATPAGE_IMAGERY_API_KEY) is required");
    }
    apiKey = apiKey != null ? apiKey : secrets.read(aws, apiKeySecretArn);
    ImageryProperties imagery =
        new ImageryProperties(
            get.apply("SATPAGE_IMAGERY_PROVIDER"),
            get.apply("SATPAGE_IMAGERY_AZURE_MODE"),
            uri(get.apply("SATPAGE_IMAGERY_ENDPOINT")),
            apiKey,
            get.apply("SATPAGE_IMAGERY_TILE_TEMPLATE"),
            integer(get.apply("SATPAGE_IMAGERY_TILE_SIZE")),
            get.apply("SATPAGE_IMAGERY_ATTRIBUTION"),
            duration(get.apply("SATPAGE_IMAGERY_CONNECT_TIMEOUT")),
            duration(get.apply("SATPAGE_IMAGERY_READ_TIMEOUT")),
            integer(get.apply("SATPAGE_IMAGERY_MAX_ATTEMPTS")),
            duration(get.apply("SATPAGE_IMAGERY_BACKOFF_BASE")),
            duration(get.apply("SATPAGE_IMAGERY_BACKOFF_MAX")),
            integer(get.apply("SATPAGE_IMAGERY_PARALLELISM")),
            integer(get.apply("SATPAGE_IMAGERY_MAX_IMAGE_BYTES")),
            get.apply("SATPAGE_IMAGERY_RATE_LIMIT_PER_SECOND") == null
                ? null
                : Double.valueOf(get.apply("SATPAGE_IMAGERY_RATE_LIMIT_PER_SECOND")),
            get.apply("SATPAGE_IMAGERY_CODEC"),
            integer(get.apply("SATPAGE_IMAGERY_PRINT_QUALITY")),
            integer(get.apply("SATPAGE_IMAGERY_PREVIEW_QUALITY")),
            integer(get.apply("SATPAGE_IMAGERY_DENSITY_PPI")),
            get.apply("SATPAGE_IMAGERY_SERVER_SIDE_ENCRYPTION"));
    String component =
        get.apply("SATPAGE_COMPONENT") == null
            ? "imagery-worker-lambda"
            : get.apply("SATPAGE_COMPONENT");
    // Set by Terraform: per-page metrics as CloudWatch EMF on stdout (see EmfImageryMetrics); unset
    // = not exported.
    String emfNamespace = get.apply("SATPAGE_METRICS_EMF_NAMESPACE");
    Map<String, ExperimentProperties> experiments = experiments(get, aws, secrets);
    List<String> unknown = unread(env, read);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "no setting of the imagery function reads "
              + String.join(", ", unknown)
              + " (misspelt, or not supported on Lambda: see docs/configuration.md)");
    }
    return new LambdaSettings(aws, bucket, imagery, component, emfNamespace, experiments);
  }

  /**
   * The experiments: {@code SATPAGE_IMAGERY_EXPERIMENTS} lists their names (comma-separated), and
   * each name's settings are {@code SATPAGE_IMAGERY_EXPERIMENTS_<NAME>_<SETTING>}, the name
   * upper-cased with {@code -} and {@code .} as {@code _} (docs/configuration.md). A candidate key
   * comes from {@code _CANDIDATE_API_KEY_SECRET_ARN} or {@code _CANDIDATE_API_KEY}, like the live
   * one.
   */
  private static Map<String, ExperimentProperties> experiments(
      Function<String, String> get, AwsSettings aws, SecretReader secrets) {
    String names = get.apply("SATPAGE_IMAGERY_EXPERIMENTS");
    Map<String, ExperimentProperties> experiments = new TreeMap<>();
    if (names == null) {
      return experiments;
    }
    for (String name : names.split(",", -1)) {
      String n = name.strip();
      String prefix =
          "SATPAGE_IMAGERY_EXPERIMENTS_" + n.toUpperCase(Locale.ROOT).replaceAll("[-.]", "_") + "_";
      Function<String, String> of = setting -> get.apply(prefix + setting);
      String key = of.apply("CANDIDATE_API_KEY");
      String keyArn = of.apply("CANDIDATE_API_KEY_SECRET_ARN");
      if (key != null && keyArn != null) {
        throw new IllegalArgumentException(
            "set "
                + prefix
                + "CANDIDATE_API_KEY_SECRET_ARN or "
                + prefix
                + "CANDIDATE_API_KEY, not both");
      }
      ExperimentProperties.CandidateProperties candidate =
          new ExperimentProperties.CandidateProperties(
              of.apply("CANDIDATE_PROVIDER"),
              of.apply("CANDIDATE_MODE"),
              uri(of.apply("CANDIDATE_ENDPOINT")),
              keyArn != null ? secrets.read(aws, keyArn) : key,
              of.apply("CANDIDATE_CODEC"),
              integer(of.apply("CANDIDATE_QUALITY")),
              integer(of.apply("CANDIDATE_PREVIEW_QUALITY")),
              of.apply("CANDIDATE_PLANNER"));
      experiments.put(
          n,
          new ExperimentProperties(
              candidate,
              decimal(of.apply("SAMPLE_RATE")),
              decimal(of.apply("RATE_PER_SECOND")),
              integer(of.apply("PROVIDER_CALL_BUDGET"))));
    }
    return experiments;
  }

  /** The {@code SATPAGE_*} names set in {@code env} that no setting above read. */
  private static List<String> unread(Map<String, String> env, Set<String> read) {
    return env.keySet().stream()
        .filter(n -> n.startsWith("SATPAGE_") && !read.contains(n))
        .sorted()
        .toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static URI uri(String value) {
    return value == null ? null : URI.create(value);
  }

  private static Double decimal(String value) {
    return value == null ? null : Double.valueOf(value);
  }

  private static Integer integer(String value) {
    return value == null ? null : Integer.valueOf(value);
  }

  /**
   * As Spring Boot reads a duration setting, so the function and the Spring worker agree on every
   * value: {@code 7s}, {@code 500ms}, ISO-8601 {@code PT7S}, or a bare number of milliseconds.
   * Terraform sets {@code 7s}.
   */
  private static Duration duration(String value) {
    return value == null ? null : DurationStyle.detectAndParse(value);
  }
}
