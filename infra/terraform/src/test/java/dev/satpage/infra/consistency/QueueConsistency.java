package dev.satpage.infra.consistency;

import com.fasterxml.jackson.databind.JsonNode;
import dev.satpage.infra.hcl.TfModule;
import dev.satpage.model.queue.QueueSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terraform's queues against shared-model's, and each role's SQS grants against what its
 * application does.
 */
final class QueueConsistency {
  private static final Pattern QUEUE_ARN =
      Pattern.compile("aws_sqs_queue\\.(main|dlq)\\[\"([^\"]+)\"]\\.arn");

  private QueueConsistency() {}

  /**
   * locals.queues holds exactly {@code specs}, with the same visibility timeout and
   * maxReceiveCount.
   */
  static List<String> declared(TfModule m, List<QueueSpec> specs) {
    List<String> out = new ArrayList<>();
    JsonNode queues = m.local("queues");
    Set<String> inTerraform = new TreeSet<>();
    queues.fieldNames().forEachRemaining(inTerraform::add);
    for (QueueSpec spec : specs) {
      JsonNode q = queues.path(spec.name());
      if (q.isMissingNode()) {
        out.add(spec.name() + ": used by the apps, not declared in Terraform");
        continue;
      }
      if (q.path("visibility_timeout_seconds").asLong(-1) != spec.visibilityTimeout().toSeconds()) {
        out.add(
            spec.name()
                + ": visibility "
                + q.path("visibility_timeout_seconds")
                + " s in Terraform, "
                + spec.visibilityTimeout().toSeconds()
                + " s in Queues");
      }
      if (q.path("max_receive_count").asInt(-1) != spec.maxReceiveCount()) {
        out.add(
            spec.name()
                + ": maxReceiveCount "
                + q.path("max_receive_count")
                + " in Terraform, "
                + spec.maxReceiveCount()
                + " in Queues");
      }
      inTerraform.remove(spec.name());
    }
    inTerraform.forEach(n -> out.add(n + ": declared in Terraform, unknown to the apps"));
    return out;
  }

  /**
   * The role may receive from exactly the queues its app consumes, and send to exactly the queues
   * it names otherwise plus the DLQs of the queues it consumes (permanent failures are copied
   * there). The consumers change the visibility of what they receive (backoff, heartbeat), so the
   * role may ChangeMessageVisibility on exactly the consumed queues.
   */
  static List<String> grants(TfModule m, Component c, AppSources app) {
    JsonNode doc = m.data("aws_iam_policy_document").get(c.roleDocument());
    if (doc == null) {
      return List.of(c.module() + ": no aws_iam_policy_document." + c.roleDocument());
    }
    Set<String> receive = queuesWith(doc, "sqs:ReceiveMessage");
    Set<String> send = queuesWith(doc, "sqs:SendMessage");
    Set<String> visibility = queuesWith(doc, "sqs:ChangeMessageVisibility");
    Set<String> mustSend = new TreeSet<>(app.namedQueues());
    mustSend.removeAll(app.consumedQueues());
    app.consumedQueues().forEach(q -> mustSend.add(q + QueueSpec.DLQ_SUFFIX));

    List<String> out = new ArrayList<>();
    difference(app.consumedQueues(), receive)
        .forEach(
            q -> out.add(c.module() + " consumes " + q + " but its role cannot receive from it"));
    difference(receive, app.consumedQueues())
        .forEach(
            q ->
                out.add(
                    c.module() + "'s role may receive from " + q + ", which it does not consume"));
    difference(mustSend, send)
        .forEach(q -> out.add(c.module() + " sends to " + q + " but its role cannot"));
    difference(send, mustSend)
        .forEach(q -> out.add(c.module() + "'s role may send to " + q + ", which it never does"));
    difference(app.consumedQueues(), visibility)
        .forEach(
            q ->
                out.add(
                    c.module()
                        + " backs off on "
                        + q
                        + " but its role cannot ChangeMessageVisibility there"));
    difference(visibility, app.consumedQueues())
        .forEach(
            q ->
                out.add(
                    c.module()
                        + "'s role may ChangeMessageVisibility on "
                        + q
                        + ", which it does not consume"));
    return out;
  }

  private static Set<String> queuesWith(JsonNode doc, String action) {
    Set<String> out = new TreeSet<>();
    for (JsonNode s : doc.path("statement")) {
      boolean grants =
          !"Deny".equals(s.path("effect").asText("Allow"))
              && s.path("actions").toString().contains("\"" + action + "\"");
      if (grants) {
        for (JsonNode r : s.path("resources")) {
          Matcher q = QUEUE_ARN.matcher(r.asText());
          if (q.find()) {
            out.add(q.group(2) + (q.group(1).equals("dlq") ? QueueSpec.DLQ_SUFFIX : ""));
          }
        }
      }
    }
    return out;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }
}
