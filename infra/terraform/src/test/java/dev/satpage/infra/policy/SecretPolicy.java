package dev.satpage.infra.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.satpage.infra.hcl.TfModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Secrets are referenced, never inlined: no secret value in a variable, a resource argument, data
 * read into state, an environment value or an output. Secret-looking environment variables carry
 * only an ARN of a Secrets Manager secret or SSM parameter (the app reads the value at start), or
 * come from an ECS {@code secrets} entry ({@code valueFrom}).
 */
public final class SecretPolicy {
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(api[_-]?key|secret|password|passwd|token|credential).*");
  private static final Pattern REFERENCE_NAME = Pattern.compile("(?i).*(_arn|_name|_id)$");
  private static final Pattern SECRET_REF =
      Pattern.compile(
          "^\\$\\{(aws_secretsmanager_secret|aws_ssm_parameter|data\\.aws_secretsmanager_secret)\\.[A-Za-z0-9_]+\\.arn}$");
  private static final Pattern ENV_LITERAL =
      Pattern.compile("(?s)\\{\\s*name\\s*=\\s*\"([A-Z0-9_]+)\"\\s*,\\s*value\\s*=");

  private SecretPolicy() {}

  public static List<String> violations(TfModule m) {
    List<String> out = new ArrayList<>();
    m.resources("aws_secretsmanager_secret_version")
        .keySet()
        .forEach(
            n ->
                out.add(
                    "aws_secretsmanager_secret_version."
                        + n
                        + ": a secret value in Terraform ends up in state; put it out of band"));
    m.data("aws_secretsmanager_secret_version")
        .keySet()
        .forEach(
            n ->
                out.add(
                    "data.aws_secretsmanager_secret_version."
                        + n
                        + ": reads a secret value into state"));
    for (var e : m.resources("aws_ssm_parameter").entrySet()) {
      if (e.getValue().has("value") || e.getValue().has("insecure_value")) {
        out.add("aws_ssm_parameter." + e.getKey() + ": value set in Terraform ends up in state");
      }
    }
    for (String v : m.variables().keySet()) {
      if (SECRET_NAME.matcher(v).matches() && !REFERENCE_NAME.matcher(v).matches()) {
        out.add(
            "variable."
                + v
                + ": looks like a secret value; pass the ARN or name of a secret instead");
      }
    }
    for (var e : m.locals().properties()) {
      if (e.getKey().endsWith("_env")) {
        checkEnv("local." + e.getKey(), e.getValue(), out);
      }
    }
    for (var e : m.resources("aws_lambda_function").entrySet()) {
      JsonNode vars = e.getValue().path("environment").path(0).path("variables");
      if (vars.isObject()) {
        checkEnv("aws_lambda_function." + e.getKey(), vars, out);
      }
    }
    for (var e : m.resources("aws_ecs_task_definition").entrySet()) {
      var names = ENV_LITERAL.matcher(e.getValue().path("container_definitions").asText());
      while (names.find()) {
        if (SECRET_NAME.matcher(names.group(1)).matches()) {
          out.add(
              "aws_ecs_task_definition."
                  + e.getKey()
                  + ": "
                  + names.group(1)
                  + " in environment; use secrets/valueFrom");
        }
      }
    }
    for (var e : m.outputs().entrySet()) {
      String value = e.getValue().path("value").toString();
      if (value.matches(
              "(?s).*(secret_string|secret_binary|aws_ssm_parameter\\.[A-Za-z0-9_]+\\.value|insecure_value).*")
          || (SECRET_NAME.matcher(e.getKey()).matches()
              && !REFERENCE_NAME.matcher(e.getKey()).matches())) {
        out.add("output." + e.getKey() + ": exposes a secret value");
      }
    }
    return out;
  }

  private static void checkEnv(String where, JsonNode env, List<String> out) {
    for (Map.Entry<String, JsonNode> v : env.properties()) {
      if (!SECRET_NAME.matcher(v.getKey()).matches()) {
        continue;
      }
      if (!v.getKey().endsWith("_ARN") || !SECRET_REF.matcher(v.getValue().asText()).matches()) {
        out.add(
            where
                + ": "
                + v.getKey()
                + " must hold only the ARN of a Secrets Manager secret or SSM parameter, got "
                + (v.getValue().asText().startsWith("${")
                    ? v.getValue().asText()
                    : "a literal value"));
      }
    }
  }
}
