package dev.satpage.infra.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.satpage.infra.hcl.TfModule;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment Terraform gives a component, evaluated from the module's {@code .tf} files as a
 * plan would: literals as written, variables at their defaults, {@code tostring(...)}, and the
 * references a deployment resolves (a bucket's name, a secret's ARN, a variable without a default)
 * to the local stack's values given here. A null value is left out, as lambda.tf does. Any other
 * expression fails, so a new kind of value in the environment is noticed here.
 */
final class TerraformEnvironment {
  private static final Pattern WHOLE = Pattern.compile("^\\$\\{(.+)}$");
  private static final Pattern TOSTRING = Pattern.compile("^tostring\\((.+)\\)$");
  private static final Pattern VARIABLE =
      Pattern.compile("^var\\.([A-Za-z0-9_]+)((?:\\.[A-Za-z0-9_]+)*)$");

  private TerraformEnvironment() {}

  /**
   * {@code local.<envLocal>} with {@code references} (e.g. {@code aws_s3_bucket.data.bucket})
   * mapped to local values.
   */
  static Map<String, String> of(TfModule module, String envLocal, Map<String, String> references) {
    JsonNode env = module.local(envLocal);
    if (!env.isObject() || env.isEmpty()) {
      throw new IllegalStateException("local." + envLocal + " is not an object literal");
    }
    Map<String, String> out = new TreeMap<>();
    env.properties()
        .forEach(
            e -> {
              String value = value(module, e.getValue(), references);
              if (value != null) {
                out.put(e.getKey(), value);
              }
            });
    return out;
  }

  private static String value(TfModule module, JsonNode node, Map<String, String> references) {
    if (node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      return scalar(node);
    }
    Matcher whole = WHOLE.matcher(node.asText());
    return whole.matches() ? expression(module, whole.group(1).strip(), references) : node.asText();
  }

  private static String expression(
      TfModule module, String expression, Map<String, String> references) {
    if (references.containsKey(expression)) {
      return references.get(expression);
    }
    Matcher toString = TOSTRING.matcher(expression);
    if (toString.matches()) {
      return expression(module, toString.group(1).strip(), references);
    }
    Matcher variable = VARIABLE.matcher(expression);
    if (variable.matches()) {
      JsonNode declared = module.variables().get(variable.group(1));
      if (declared == null || !declared.has("default")) {
        throw new IllegalStateException(
            "var." + variable.group(1) + " has no default: map it to the local stack");
      }
      JsonNode v = declared.get("default");
      for (String field : variable.group(2).split("\\.")) {
        if (!field.isEmpty()) {
          v = v.path(field);
        }
      }
      return v.isMissingNode() ? null : value(module, v, references);
    }
    throw new IllegalStateException(
        "cannot evaluate ${" + expression + "}: map it to the local stack's value");
  }

  private static String scalar(JsonNode node) {
    if (node.isIntegralNumber()
        || (node.isNumber() && node.asDouble() == Math.rint(node.asDouble()))) {
      return Long.toString(node.asLong());
    }
    if (node.isNumber() || node.isBoolean()) {
      return node.asText();
    }
    throw new IllegalStateException("not a string, number or bool: " + node);
  }
}
