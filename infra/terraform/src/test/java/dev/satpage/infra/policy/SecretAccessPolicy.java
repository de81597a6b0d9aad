package dev.satpage.infra.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.satpage.infra.hcl.TfModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Least privilege for secrets: a Lambda function's role may {@code secretsmanager:GetSecretValue} on exactly the
 * secrets whose ARNs its environment names (the function reads them at init), and no other policy document grants it.
 * The role is followed from {@code aws_lambda_function.role} to the {@code aws_iam_role_policy} documents attached to it.
 */
public final class SecretAccessPolicy {
  static final String ACTION = "secretsmanager:GetSecretValue";
  private static final Pattern SECRET_ARN = Pattern.compile("\\$\\{aws_secretsmanager_secret\\.([A-Za-z0-9_]+)\\.arn}");
  private static final Pattern LOCAL = Pattern.compile("\\blocal\\.([A-Za-z0-9_]+)");
  private static final Pattern ROLE = Pattern.compile("^aws_iam_role\\.([A-Za-z0-9_]+)\\.(arn|id|name)$");
  private static final Pattern DOCUMENT = Pattern.compile("^data\\.aws_iam_policy_document\\.([A-Za-z0-9_]+)\\.json$");

  private SecretAccessPolicy() {}

  public static List<String> violations(TfModule m) {
    List<String> out = new ArrayList<>();
    Set<String> functionDocuments = new TreeSet<>();
    for (Map.Entry<String, JsonNode> f : m.resources("aws_lambda_function").entrySet()) {
      String where = "aws_lambda_function." + f.getKey();
      Set<String> named = secretsIn(environment(m, f.getValue()));
      Matcher role = ROLE.matcher(TfModule.reference(f.getValue().get("role")).orElse(""));
      Set<String> granted = new TreeSet<>();
      if (role.matches()) {
        for (String document : documentsOf(m, role.group(1))) {
          functionDocuments.add(document);
          granted.addAll(secretsGranted(m.data("aws_iam_policy_document").get(document)));
        }
      }
      named.stream().filter(s -> !granted.contains(s))
          .forEach(s -> out.add(where + ": reads secret " + s + " but its role cannot " + ACTION + " on it"));
      granted.stream().filter(s -> !named.contains(s))
          .forEach(s -> out.add(where + ": its role may " + ACTION + " on " + s + ", which its environment does not name"));
    }
    for (Map.Entry<String, JsonNode> d : m.data("aws_iam_policy_document").entrySet()) {
      if (!functionDocuments.contains(d.getKey()) && !secretsGranted(d.getValue()).isEmpty()) {
        out.add("aws_iam_policy_document." + d.getKey() + ": grants " + ACTION + " to a role no function reads a secret with");
      }
    }
    return out;
  }

  /** The function's environment variables: an object literal, or the local an expression over it names. */
  private static JsonNode environment(TfModule m, JsonNode function) {
    JsonNode vars = function.path("environment").path(0).path("variables");
    if (vars.isObject()) {
      return vars;
    }
    Matcher local = LOCAL.matcher(vars.asText(""));
    return local.find() ? m.local(local.group(1)) : vars;
  }

  private static Set<String> secretsIn(JsonNode env) {
    Set<String> out = new TreeSet<>();
    env.properties().forEach(e -> {
      Matcher s = SECRET_ARN.matcher(e.getValue().asText(""));
      if (s.matches()) {
        out.add(s.group(1));
      }
    });
    return out;
  }

  private static List<String> documentsOf(TfModule m, String role) {
    List<String> out = new ArrayList<>();
    for (JsonNode policy : m.resources("aws_iam_role_policy").values()) {
      Matcher r = ROLE.matcher(TfModule.reference(policy.get("role")).orElse(""));
      Matcher d = DOCUMENT.matcher(TfModule.reference(policy.get("policy")).orElse(""));
      if (r.matches() && r.group(1).equals(role) && d.matches()) {
        out.add(d.group(1));
      }
    }
    return out;
  }

  /** Secrets an Allow statement grants GetSecretValue on: resource names, or the raw text of anything else. */
  private static Set<String> secretsGranted(JsonNode document) {
    Set<String> out = new TreeSet<>();
    if (document == null) {
      return out;
    }
    for (Statement s : Statement.of("", document)) {
      if (s.allows() && s.actions().contains(ACTION)) {
        for (String resource : s.resources()) {
          Matcher arn = SECRET_ARN.matcher(resource);
          out.add(arn.matches() ? arn.group(1) : resource);
        }
      }
    }
    return out;
  }
}
