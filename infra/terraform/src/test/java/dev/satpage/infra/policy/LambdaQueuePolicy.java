package dev.satpage.infra.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.satpage.infra.hcl.TfModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every SQS event source mapping reports batch item failures, sets its batch size and a maximum
 * concurrency, and its queue's visibility timeout is at least 6x the function timeout
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html).
 */
public final class LambdaQueuePolicy {
  public static final int VISIBILITY_FACTOR = 6;
  private static final Pattern QUEUE_REF =
      Pattern.compile("^aws_sqs_queue\\.([A-Za-z0-9_]+)(?:\\[\"([^\"]+)\"])?\\.arn$");
  private static final Pattern FUNCTION_REF =
      Pattern.compile("^aws_lambda_(function|alias)\\.([A-Za-z0-9_]+)\\.[a-z_]+$");

  private LambdaQueuePolicy() {}

  public static List<String> violations(TfModule m) {
    List<String> out = new ArrayList<>();
    for (var e : m.resources("aws_lambda_event_source_mapping").entrySet()) {
      String where = "aws_lambda_event_source_mapping." + e.getKey();
      JsonNode esm = e.getValue();
      boolean reports = false;
      for (JsonNode t : esm.path("function_response_types")) {
        reports |= "ReportBatchItemFailures".equals(t.asText());
      }
      if (!reports) {
        out.add(where + ": function_response_types must include ReportBatchItemFailures");
      }
      if (!esm.has("batch_size")) {
        out.add(where + ": batch_size not set");
      }
      if (!esm.path("scaling_config").path(0).has("maximum_concurrency")) {
        out.add(
            where
                + ": no scaling_config.maximum_concurrency (keeps the provider inside its rate limit)");
      }
      Optional<Double> visibility = queueVisibility(m, esm.get("event_source_arn"));
      Optional<Double> timeout = functionTimeout(m, esm.get("function_name"));
      if (visibility.isEmpty() || timeout.isEmpty()) {
        out.add(
            where
                + ": cannot resolve the queue's visibility timeout or the function's timeout to numbers");
      } else if (visibility.get() < VISIBILITY_FACTOR * timeout.get()) {
        out.add(
            where
                + ": queue visibility "
                + visibility.get().intValue()
                + " s < "
                + VISIBILITY_FACTOR
                + " x function timeout "
                + timeout.get().intValue()
                + " s");
      }
    }
    return out;
  }

  static Optional<Double> queueVisibility(TfModule m, JsonNode arn) {
    Matcher r = QUEUE_REF.matcher(TfModule.reference(arn).orElse(""));
    if (!r.matches()) {
      return Optional.empty();
    }
    JsonNode q = m.resources("aws_sqs_queue").get(r.group(1));
    if (q == null) {
      return Optional.empty();
    }
    // SQS's default visibility timeout is 30 s when the attribute is not set.
    return q.has("visibility_timeout_seconds")
        ? m.number(q.get("visibility_timeout_seconds"), q.get("for_each"), r.group(2))
        : Optional.of(30.0);
  }

  static Optional<Double> functionTimeout(TfModule m, JsonNode name) {
    Matcher r = FUNCTION_REF.matcher(TfModule.reference(name).orElse(""));
    if (!r.matches()) {
      return Optional.empty();
    }
    String function = r.group(2);
    if (r.group(1).equals("alias")) {
      JsonNode alias = m.resources("aws_lambda_alias").get(function);
      Matcher f =
          alias == null
              ? null
              : FUNCTION_REF.matcher(TfModule.reference(alias.get("function_name")).orElse(""));
      if (f == null || !f.matches() || !f.group(1).equals("function")) {
        return Optional.empty();
      }
      function = f.group(2);
    }
    JsonNode fn = m.resources("aws_lambda_function").get(function);
    if (fn == null) {
      return Optional.empty();
    }
    // Lambda's default timeout is 3 s when the attribute is not set.
    return fn.has("timeout") ? m.number(fn.get("timeout"), null, null) : Optional.of(3.0);
  }
}
