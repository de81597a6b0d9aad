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
 * Least privilege for secrets: a Lambda function's role may {@code secretsmanager:GetSecretValue}
 * on exactly the secrets whose ARNs its environment names (the function reads them at init); an ECS
 * task definition's execution role on exactly the secrets its containers inject ({@code secrets =
 * [for k, v in local.X : {… valueFrom = v}]}); and no other policy document grants it. Roles are
 * followed from {@code aws_lambda_function.role} / {@code
 * aws_ecs_task_definition.execution_role_arn} to the {@code aws_iam_role_policy} documents attached
 * to them.
 */
public final class SecretAccessPolicy {
  static final String ACTION = "secretsmanager:GetSecretValue";
  private static final Pattern SECRET_ARN =
      Pattern.compile("\\$\\{aws_secretsmanager_secret\\.([A-Za-z0-9_]+)\\.arn}");
  private static final Pattern LOCAL = Pattern.compile("\\blocal\\.([A-Za-z0-9_]+)");

  /**
   * {@code secrets = [for k, v in local.X : { name = k, valueFrom = v }]} inside
   * container_definitions.
   */
  private static final Pattern INJECTED =
      Pattern.compile(
          "secrets\\s*=\\s*\\[\\s*for\\s+\\w+\\s*,\\s*\\w+\\s+in\\s+local\\.([A-Za-z0-9_]+)\\s*:[^]]*valueFrom");

  private static final Pattern ROLE =
      Pattern.compile("^aws_iam_role\\.([A-Za-z0-9_]+)(?:\\[0])?\\.(arn|id|name)$");
  private static final Pattern DOCUMENT =
      Pattern.compile("^data\\.aws_iam_policy_document\\.([A-Za-z0-9_]+)\\.json$");

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
      named.stream()
          .filter(s -> !granted.contains(s))
          .forEach(
              s ->
                  out.add(
                      where + ": reads secret " + s + " but its role cannot " + ACTION + " on it"));
      granted.stream()
          .filter(s -> !named.contains(s))
          .forEach(
              s ->
                  out.add(
                      where
                          + ": its role may "
                          + ACTION
                          + " on "
                          + s
                          + ", which its environment does not name"));
    }
    for (Map.Entry<String, JsonNode> t : m.resources("aws_ecs_task_definition").entrySet()) {
      String where = "aws_ecs_task_definition." + t.getKey();
      Set<String> injected = new TreeSet<>();
      Matcher local = INJECTED.matcher(t.getValue().path("container_definitions").asText(""));
      while (local.find()) {
        injected.addAll(secretsIn(m.local(local.group(1))));
      }
      Matcher role =
          ROLE.matcher(TfModule.reference(t.getValue().get("execution_role_arn")).orElse(""));
      Set<String> granted = new TreeSet<>();
      if (role.matches()) {
        for (String document : documentsOf(m, role.group(1))) {
          functionDocuments.add(document);
          granted.addAll(secretsGranted(m.data("aws_iam_policy_document").get(document)));
        }
      }
      injected.stream()
          .filter(s -> !granted.contains(s))
          .forEach(
              s ->
                  out.add(
                      where
                          + ": injects secret "
                          + s
                          + " but its execution role cannot "
                          + ACTION
                          + " on it"));
      granted.stream()
          .filter(s -> !injected.contains(s))
          .forEach(
              s ->
                  out.add(
                      where
                          + ": its execution role may "
                          + ACTION
                          + " on "
                          + s
                          + ", which it does not inject"));
    }
    for (Map.Entry<String, JsonNode> d : m.data("aws_iam_policy_document").entrySet()) {
      if (!functionDocuments.contains(d.getKey()) && !secretsGranted(d.getValue()).isEmpty()) {
        out.add(
            "aws_iam_policy_document."
                + d.getKey()
                + ": grants "
                + ACTION
                + " to a role that is neither a function reading a secret nor a task's execution role injecting one");
      }
    }
    return out;
  }

  /**
   * The function's environment variables: an object literal, or the local an expression over it
   * names.
   */
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
    env.properties()
        .forEach(
            e -> {
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
        withSources(m, d.group(1), out);
      }
    }
    return out;
  }

  /**
   * {@code document} and the documents its {@code source_policy_documents} merge into it, as
   * Terraform merges them
   * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document#source_policy_documents-1).
   */
  private static void withSources(TfModule m, String document, List<String> out) {
    if (out.contains(document)) {
      return;
    }
    out.add(document);
    JsonNode doc = m.data("aws_iam_policy_document").get(document);
    if (doc == null) {
      return;
    }
    for (JsonNode source : doc.path("source_policy_documents")) {
      Matcher d = DOCUMENT.matcher(TfModule.reference(source).orElse(""));
      if (d.matches()) {
        withSources(m, d.group(1), out);
      }
    }
  }

  /**
   * Secrets an Allow statement grants GetSecretValue on: resource names, or the raw text of
   * anything else.
   */
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
