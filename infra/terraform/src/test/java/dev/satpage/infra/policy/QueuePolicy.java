package dev.satpage.infra.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.satpage.infra.hcl.TfModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every SQS queue is either a dead-letter queue or has one: redrive policy with maxReceiveCount to
 * a DLQ that keeps messages 14 days and allows redrive from exactly its source; every queue
 * encrypted (SSE-SQS or KMS) and long-polled; FIFO queues named {@code .fifo} with FIFO DLQs.
 */
public final class QueuePolicy {
  static final int DLQ_RETENTION_SECONDS = 14 * 24 * 3600;
  private static final Pattern DLQ_TARGET =
      Pattern.compile("deadLetterTargetArn\\s*=\\s*aws_sqs_queue\\.([A-Za-z0-9_]+)");
  private static final Pattern BY_QUEUE = Pattern.compile("redrivePermission\\s*=\\s*\"byQueue\"");
  private static final Pattern MAX_RECEIVE = Pattern.compile("maxReceiveCount\\s*=\\s*(\\S+)");

  private QueuePolicy() {}

  public static List<String> violations(TfModule m) {
    List<String> out = new ArrayList<>();
    Map<String, JsonNode> queues = m.resources("aws_sqs_queue");
    List<String> dlqs = dlqs(queues);
    for (var e : queues.entrySet()) {
      String where = "aws_sqs_queue." + e.getKey();
      JsonNode q = e.getValue();
      if (!q.path("sqs_managed_sse_enabled").asBoolean(false) && !q.has("kms_master_key_id")) {
        out.add(where + ": not encrypted (set sqs_managed_sse_enabled = true or a KMS key)");
      }
      Optional<Double> wait = m.number(q.get("receive_wait_time_seconds"), q.get("for_each"), null);
      if (wait.isEmpty() || wait.get() < 1) {
        out.add(where + ": no long polling (receive_wait_time_seconds must be 1..20)");
      }
      boolean fifo = q.path("fifo_queue").asBoolean(false);
      if (fifo && !q.path("name").asText().endsWith(".fifo")) {
        out.add(where + ": a FIFO queue's name must end in .fifo");
      }
      if (dlqs.contains(e.getKey())) {
        checkDlq(m, e.getKey(), q, out);
        continue;
      }
      String redrive = q.path("redrive_policy").asText("");
      Matcher target = DLQ_TARGET.matcher(redrive);
      Matcher max = MAX_RECEIVE.matcher(redrive);
      if (!target.find() || !max.find()) {
        out.add(where + ": no redrive policy with deadLetterTargetArn and maxReceiveCount");
        continue;
      }
      JsonNode dlq = queues.get(target.group(1));
      if (dlq == null) {
        out.add(where + ": redrive target aws_sqs_queue." + target.group(1) + " is not declared");
      } else if (fifo != dlq.path("fifo_queue").asBoolean(false)) {
        out.add(where + ": a queue and its DLQ must both be FIFO or both standard");
      }
      if (!q.path("for_each").equals(dlq == null ? null : dlq.path("for_each"))) {
        out.add(
            where
                + ": declared for a different set of queues than its DLQ aws_sqs_queue."
                + target.group(1));
      }
    }
    return out;
  }

  private static void checkDlq(TfModule m, String name, JsonNode q, List<String> out) {
    String where = "aws_sqs_queue." + name;
    Optional<Double> retention = m.number(q.get("message_retention_seconds"), null, null);
    if (retention.isEmpty() || retention.get() != DLQ_RETENTION_SECONDS) {
      out.add(where + ": a DLQ must keep messages 14 days (message_retention_seconds = 1209600)");
    }
    List<String> allowPolicies =
        m.resources("aws_sqs_queue_redrive_allow_policy").values().stream()
            .filter(
                p ->
                    p.path("queue_url")
                        .asText()
                        .matches("(?s).*aws_sqs_queue\\." + name + "[.\\[].*"))
            .map(p -> p.path("redrive_allow_policy").asText())
            .toList();
    if (allowPolicies.isEmpty()) {
      allowPolicies = List.of(q.path("redrive_allow_policy").asText(""));
    }
    boolean allowed =
        allowPolicies.stream()
            .allMatch(text -> BY_QUEUE.matcher(text).find() && text.contains("sourceQueueArns"));
    if (!allowed) {
      out.add(
          where + ": no redrive-allow policy (redrivePermission byQueue with its source queue)");
    }
  }

  /** A DLQ is a queue that another queue's redrive policy targets, or whose name ends in -dlq. */
  private static List<String> dlqs(Map<String, JsonNode> queues) {
    List<String> out = new ArrayList<>();
    for (var e : queues.entrySet()) {
      Matcher target = DLQ_TARGET.matcher(e.getValue().path("redrive_policy").asText(""));
      if (target.find() && !target.group(1).equals(e.getKey())) {
        out.add(target.group(1));
      }
      if (e.getValue().path("name").asText().replace(".fifo", "").endsWith("-dlq")) {
        out.add(e.getKey());
      }
    }
    return out;
  }
}
