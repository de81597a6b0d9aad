package dev.satpage.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.aws.AwsClients;
import dev.satpage.aws.AwsSettings;
import dev.satpage.aws.strict.S3ConflictProxy;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.WriteOptions;
import dev.satpage.model.testing.ObjectStoreContract;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The {@link ObjectStoreContract} against S3Proxy over real HTTP, through the SDK — and through
 * {@link S3ConflictProxy}, which answers chosen conditional writes with S3's 409 {@code
 * ConditionalRequestConflict}, an answer S3Proxy never gives.
 */
@ExtendWith(DevstackExtension.class)
class S3ObjectStoreIT extends ObjectStoreContract {
  private static Devstack devstack;
  private static S3ConflictProxy conflicts;

  @BeforeAll
  static void startDevstack(Devstack started) {
    devstack = started;
    conflicts = S3ConflictProxy.start(devstack.s3Endpoint());
  }

  @AfterAll
  static void stopDevstack() {
    conflicts.close();
  }

  @AfterEach
  void disarm() {
    conflicts.reset();
  }

  static AwsSettings settings(Devstack d) {
    return new AwsSettings(
        d.region(), d.sqsEndpoint(), d.s3Endpoint(), d.accessKey(), d.secretKey());
  }

  @Override
  protected ObjectStore createStore() {
    AwsSettings direct = settings(devstack);
    AwsSettings proxied =
        new AwsSettings(
            direct.region(),
            direct.sqsEndpoint(),
            conflicts.endpoint(),
            direct.accessKey(),
            direct.secretKey());
    return new S3ObjectStore(AwsClients.s3(proxied), devstack.bucket());
  }

  @Override
  protected void conflictOnNextConditionalWrites(String key, int times, Runnable competitor) {
    conflicts.conflictOnNextConditionalWrites(key, times, competitor);
  }

  @Test
  void theConflictsReallyReachTheAdapter_asS3sXmlError() {
    int before = conflicts.conflictsAnswered();
    conflicts.conflictOnNextConditionalWrites("it/409/once", 1, null);

    assertThat(store.putIfAbsent("it/409/once", new byte[] {1}, "application/octet-stream"))
        .isPresent();
    assertThat(conflicts.conflictsAnswered() - before)
        .as("409 answers the adapter met and retried")
        .isEqualTo(1);
  }

  /**
   * What the options put on the wire, seen by an interceptor on the SDK's final request (S3Proxy
   * ignores SSE, so the contract cannot see it): the SSE headers, and a SHA-256 checksum (sent as a
   * trailer of the aws-chunked body).
   */
  @Test
  void writeOptions_goOutAsS3sHeaders() {
    List<SdkHttpRequest> sent = new CopyOnWriteArrayList<>();
    ExecutionInterceptor recorder =
        new ExecutionInterceptor() {
          @Override
          public void beforeTransmission(
              Context.BeforeTransmission context, ExecutionAttributes attributes) {
            sent.add(context.httpRequest());
          }
        };
    AwsSettings s = settings(devstack);
    try (S3Client s3 =
        S3Client.builder()
            .region(Region.of(s.region()))
            .endpointOverride(s.s3Endpoint())
            .forcePathStyle(true)
            .overrideConfiguration(o -> o.addExecutionInterceptor(recorder))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(s.accessKey(), s.secretKey())))
            .build()) {
      S3ObjectStore recorded = new S3ObjectStore(s3, devstack.bucket());
      recorded.put(
          "it/options/kms",
          new byte[] {1},
          WriteOptions.of("image/jpeg")
              .withKmsKey("alias/k")
              .withMetadata(Map.of("job-id", "j-1"))
              .withChecksumSha256());
      recorded.put(
          "it/options/s3",
          new byte[] {1},
          WriteOptions.of("image/jpeg").withEncryption(WriteOptions.Encryption.SSE_S3));
      recorded.put("it/options/plain", new byte[] {1}, "image/jpeg");
    }

    assertThat(sent).hasSize(3);
    assertThat(sent.get(0).firstMatchingHeader("x-amz-server-side-encryption")).contains("aws:kms");
    assertThat(sent.get(0).firstMatchingHeader("x-amz-server-side-encryption-aws-kms-key-id"))
        .contains("alias/k");
    assertThat(sent.get(0).firstMatchingHeader("x-amz-meta-job-id")).contains("j-1");
    assertThat(sent.get(0).firstMatchingHeader("x-amz-trailer")).contains("x-amz-checksum-sha256");
    assertThat(sent.get(1).firstMatchingHeader("x-amz-server-side-encryption")).contains("AES256");
    assertThat(sent.get(2).firstMatchingHeader("x-amz-server-side-encryption")).isEmpty();
    assertThat(sent.get(2).firstMatchingHeader("x-amz-checksum-sha256")).isEmpty();
  }
}
