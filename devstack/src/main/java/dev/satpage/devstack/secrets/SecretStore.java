package dev.satpage.devstack.secrets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The secrets of the stand-in, as Secrets Manager keeps them (user guide, read 2026-12-02): a
 * secret has a name and an ARN that ends with the name, a hyphen and six random characters
 * (https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html);
 * each value put is a new version, the newest carries the staging label {@code AWSCURRENT} and the
 * one before it {@code AWSPREVIOUS}
 * (https://docs.aws.amazon.com/secretsmanager/latest/userguide/whats-in-a-secret.html). A secret
 * created without a value has no version at all — what Terraform's {@code
 * aws_secretsmanager_secret} leaves until a value is put.
 */
final class SecretStore {
  static final String CURRENT = "AWSCURRENT";
  static final String PREVIOUS = "AWSPREVIOUS";
  private static final String SUFFIX_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  /** One version of a secret's value. */
  record Version(String id, String value, Instant created, List<String> stages) {}

  /** A secret: its name, ARN and versions (newest last). */
  record Secret(String name, String arn, Instant created, List<Version> versions) {
    Optional<Version> byStage(String stage) {
      return versions.stream().filter(v -> v.stages().contains(stage)).findFirst();
    }

    Optional<Version> byId(String id) {
      return versions.stream().filter(v -> v.id().equals(id)).findFirst();
    }
  }

  private final String region;
  private final String account;
  private final RandomGenerator random;
  private final Map<String, Secret> byName = new LinkedHashMap<>();

  SecretStore(String region, String account, RandomGenerator random) {
    this.region = region;
    this.account = account;
    this.random = random;
  }

  synchronized Optional<Secret> find(String secretId) {
    Secret named = byName.get(secretId);
    if (named != null) {
      return Optional.of(named);
    }
    return byName.values().stream().filter(s -> s.arn().equals(secretId)).findFirst();
  }

  synchronized Secret create(String name, Instant now) {
    if (byName.containsKey(name)) {
      throw new IllegalStateException(name);
    }
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      suffix.append(SUFFIX_CHARS.charAt(random.nextInt(SUFFIX_CHARS.length())));
    }
    String arn =
        "arn:aws:secretsmanager:" + region + ":" + account + ":secret:" + name + "-" + suffix;
    Secret secret = new Secret(name, arn, now, new ArrayList<>());
    byName.put(name, secret);
    return secret;
  }

  /** Adds a version that becomes AWSCURRENT; the former current one becomes AWSPREVIOUS. */
  synchronized Version put(Secret secret, String versionId, String value, Instant now) {
    List<Version> versions = secret.versions();
    Optional<Version> same = secret.byId(versionId);
    if (same.isPresent()) { // a retried request with the same ClientRequestToken changes nothing
      return same.get();
    }
    for (int i = 0; i < versions.size(); i++) {
      Version v = versions.get(i);
      List<String> stages = new ArrayList<>(v.stages());
      stages.remove(PREVIOUS);
      if (stages.remove(CURRENT)) {
        stages.add(PREVIOUS);
      }
      versions.set(i, new Version(v.id(), v.value(), v.created(), List.copyOf(stages)));
    }
    Version added =
        new Version(
            versionId == null ? UUID.randomUUID().toString() : versionId,
            value,
            now,
            List.of(CURRENT));
    versions.add(added);
    return added;
  }
}
