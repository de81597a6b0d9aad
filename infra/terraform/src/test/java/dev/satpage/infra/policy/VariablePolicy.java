package dev.satpage.infra.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.satpage.infra.hcl.TfModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inputs are documented and used: every variable has a description and a type, every {@code var.x}
 * is declared and every declared variable is used; the example tfvars sets only declared variables
 * and every required one.
 */
public final class VariablePolicy {
  private static final Pattern VAR_REF = Pattern.compile("\\bvar\\.([A-Za-z0-9_]+)");

  private VariablePolicy() {}

  public static List<String> violations(TfModule m, JsonNode exampleTfvars) {
    List<String> out = new ArrayList<>();
    for (var e : m.variables().entrySet()) {
      if (e.getValue().path("description").asText("").isBlank()) {
        out.add("variable." + e.getKey() + ": no description");
      }
      if (!e.getValue().has("type")) {
        out.add("variable." + e.getKey() + ": no type");
      }
    }
    Set<String> referenced = new TreeSet<>();
    for (JsonNode file : m.files().values()) {
      JsonNode withoutVariables = file.deepCopy();
      ((com.fasterxml.jackson.databind.node.ObjectNode) withoutVariables).remove("variable");
      collect(withoutVariables.toString(), referenced);
      // validations refer to their own variable only; references to others there count as use too
      file.path("variable")
          .properties()
          .forEach(
              v -> {
                Set<String> inValidation = new TreeSet<>();
                collect(v.getValue().toString(), inValidation);
                inValidation.remove(v.getKey());
                referenced.addAll(inValidation);
              });
    }
    referenced.stream()
        .filter(r -> !m.variables().containsKey(r))
        .forEach(r -> out.add("var." + r + ": not declared"));
    m.variables().keySet().stream()
        .filter(v -> !referenced.contains(v))
        .forEach(v -> out.add("variable." + v + ": never used"));
    exampleTfvars
        .properties()
        .forEach(
            e -> {
              if (!m.variables().containsKey(e.getKey())) {
                out.add("example tfvars: " + e.getKey() + " is not a variable");
              }
            });
    m.variables()
        .forEach(
            (name, v) -> {
              if (!v.has("default") && !exampleTfvars.has(name)) {
                out.add("example tfvars: required variable " + name + " is missing");
              }
            });
    return out;
  }

  private static void collect(String text, Set<String> into) {
    Matcher r = VAR_REF.matcher(text);
    while (r.find()) {
      into.add(r.group(1));
    }
  }
}
