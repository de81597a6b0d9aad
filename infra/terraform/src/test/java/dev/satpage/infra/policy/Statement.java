package dev.satpage.infra.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement of a {@code data "aws_iam_policy_document"}, as written in HCL (references left as
 * text).
 */
public record Statement(
    String document,
    String sid,
    String effect,
    List<String> actions,
    List<String> notActions,
    List<String> resources,
    List<String> conditionKeys,
    JsonNode raw) {

  static List<Statement> of(String document, JsonNode doc) {
    List<Statement> out = new ArrayList<>();
    for (JsonNode s : doc.path("statement")) {
      List<String> keys = new ArrayList<>();
      s.path("condition")
          .forEach(
              c ->
                  keys.add(
                      c.path("variable").asText()
                          + " "
                          + c.path("test").asText()
                          + " "
                          + c.path("values")));
      out.add(
          new Statement(
              document,
              s.path("sid").asText(""),
              s.path("effect").asText("Allow"),
              texts(s.path("actions")),
              texts(s.path("not_actions")),
              texts(s.path("resources")),
              keys,
              s));
    }
    return out;
  }

  boolean allows() {
    return "Allow".equals(effect);
  }

  String where() {
    return "aws_iam_policy_document." + document + (sid.isEmpty() ? "" : " [" + sid + "]");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array.isTextual()) {
      out.add(array.asText());
    } else {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }
}
