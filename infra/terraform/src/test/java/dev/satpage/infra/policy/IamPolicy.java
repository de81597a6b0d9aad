package dev.satpage.infra.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.satpage.infra.hcl.TfModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Least privilege: every permission policy is an {@code aws_iam_policy_document} (so it can be read
 * here); no Allow statement grants a wildcard action or uses NotAction; a {@code "*"} resource only
 * for actions that AWS offers no resource-level permission for; no AWS managed policy attachments
 * (their resources are {@code "*"}).
 */
public final class IamPolicy {
  /** Actions without resource-level permissions, for which AWS requires {@code "Resource": "*"}. */
  public static final Set<String> STAR_RESOURCE_ONLY =
      Set.of(
          "ecr:GetAuthorizationToken",
          "cloudwatch:PutMetricData",
          "xray:PutTraceSegments",
          "xray:PutTelemetryRecords");

  private IamPolicy() {}

  public static List<String> violations(TfModule m) {
    List<String> out = new ArrayList<>();
    for (var e : m.data("aws_iam_policy_document").entrySet()) {
      for (Statement s : Statement.of(e.getKey(), e.getValue())) {
        if (!s.allows()) {
          continue;
        }
        s.actions().stream()
            .filter(a -> a.contains("*"))
            .forEach(a -> out.add(s.where() + ": wildcard action " + a));
        if (!s.notActions().isEmpty()) {
          out.add(s.where() + ": not_actions grants everything else");
        }
        boolean assumeRole =
            s.actions().equals(List.of("sts:AssumeRole")) && s.raw().has("principals");
        if (s.resources().isEmpty() && !assumeRole) {
          out.add(s.where() + ": no resources (a permission statement must name its ARNs)");
        }
        if (s.resources().contains("*") && !STAR_RESOURCE_ONLY.containsAll(s.actions())) {
          out.add(
              s.where()
                  + ": resource \"*\" for "
                  + s.actions()
                  + " (only "
                  + STAR_RESOURCE_ONLY
                  + " need it)");
        }
      }
    }
    for (String type : List.of("aws_iam_role_policy", "aws_iam_policy")) {
      for (var e : m.resources(type).entrySet()) {
        String ref = TfModule.reference(e.getValue().get("policy")).orElse("");
        if (!ref.matches("data\\.aws_iam_policy_document\\.[A-Za-z0-9_]+\\.json")) {
          out.add(
              type
                  + "."
                  + e.getKey()
                  + ": policy must come from an aws_iam_policy_document, not inline JSON");
        }
      }
    }
    for (String type : List.of("aws_iam_role_policy_attachment", "aws_iam_policy_attachment")) {
      for (var e : m.resources(type).entrySet()) {
        if (e.getValue().path("policy_arn").asText().contains(":aws:policy/")) {
          out.add(
              type
                  + "."
                  + e.getKey()
                  + ": AWS managed policy "
                  + e.getValue().path("policy_arn").asText());
        }
      }
    }
    for (var e : m.resources("aws_iam_role").entrySet()) {
      JsonNode managed = e.getValue().get("managed_policy_arns");
      if (managed != null && managed.toString().contains(":aws:policy/")) {
        out.add("aws_iam_role." + e.getKey() + ": AWS managed policy in managed_policy_arns");
      }
    }
    return out;
  }
}
