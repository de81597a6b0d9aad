package dev.satpage.infra.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.satpage.infra.hcl.TfModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every bucket blocks all public access (all four settings), has default encryption and versioning,
 * and a bucket policy from a policy document that denies any request without TLS ({@code
 * aws:SecureTransport = false}).
 */
public final class BucketPolicy {
  private static final List<String> BLOCKS =
      List.of(
          "block_public_acls",
          "block_public_policy",
          "ignore_public_acls",
          "restrict_public_buckets");

  private BucketPolicy() {}

  public static List<String> violations(TfModule m) {
    List<String> out = new ArrayList<>();
    for (String bucket : m.resources("aws_s3_bucket").keySet()) {
      String where = "aws_s3_bucket." + bucket;
      JsonNode block = forBucket(m.resources("aws_s3_bucket_public_access_block"), bucket);
      if (block == null) {
        out.add(where + ": no aws_s3_bucket_public_access_block");
      } else {
        BLOCKS.stream()
            .filter(k -> !block.path(k).asBoolean(false))
            .forEach(k -> out.add(where + ": " + k + " is not true"));
      }
      if (forBucket(m.resources("aws_s3_bucket_server_side_encryption_configuration"), bucket)
          == null) {
        out.add(where + ": no default encryption");
      }
      JsonNode versioning = forBucket(m.resources("aws_s3_bucket_versioning"), bucket);
      if (versioning == null
          || !"Enabled"
              .equals(
                  versioning.path("versioning_configuration").path(0).path("status").asText())) {
        out.add(where + ": versioning not enabled (Definition Files must be recoverable)");
      }
      JsonNode policy = forBucket(m.resources("aws_s3_bucket_policy"), bucket);
      if (policy == null || !deniesInsecureTransport(m, policy, bucket)) {
        out.add(
            where
                + ": no bucket policy denying requests without TLS (aws:SecureTransport = false)");
      }
    }
    return out;
  }

  private static boolean deniesInsecureTransport(TfModule m, JsonNode policy, String bucket) {
    String ref = TfModule.reference(policy.get("policy")).orElse("");
    if (!ref.matches("data\\.aws_iam_policy_document\\.[A-Za-z0-9_]+\\.json")) {
      return false;
    }
    JsonNode doc = m.data("aws_iam_policy_document").get(ref.split("\\.")[2]);
    if (doc == null) {
      return false;
    }
    return Statement.of(ref, doc).stream()
        .anyMatch(
            s ->
                "Deny".equals(s.effect())
                    && (s.actions().contains("s3:*") || s.actions().contains("*"))
                    && s.resources().stream()
                        .anyMatch(
                            r -> r.contains("aws_s3_bucket." + bucket + ".arn") && r.endsWith("/*"))
                    && s.resources().stream()
                        .anyMatch(r -> r.equals("${aws_s3_bucket." + bucket + ".arn}"))
                    && s.conditionKeys().stream()
                        .anyMatch(c -> c.equals("aws:SecureTransport Bool [\"false\"]")));
  }

  private static JsonNode forBucket(Map<String, JsonNode> resources, String bucket) {
    return resources.values().stream()
        .filter(
            r ->
                r.path("bucket")
                    .asText()
                    .matches("\\$\\{aws_s3_bucket\\." + bucket + "\\.(id|bucket)}"))
        .findFirst()
        .orElse(null);
  }
}
