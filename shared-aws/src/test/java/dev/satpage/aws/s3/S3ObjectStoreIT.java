package dev.satpage.aws.s3;

import dev.satpage.aws.AwsClients;
import dev.satpage.aws.AwsSettings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.aws.strict.S3ConflictProxy;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.testing.ObjectStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@link ObjectStoreContract} against S3Proxy over real HTTP, through the SDK — and through {@link S3ConflictProxy},
 * which answers chosen conditional writes with S3's 409 {@code ConditionalRequestConflict}, an answer S3Proxy never
 * gives.
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
    return new AwsSettings(d.region(), d.sqsEndpoint(), d.s3Endpoint(), d.accessKey(), d.secretKey());
  }

  @Override
  protected ObjectStore createStore() {
    AwsSettings direct = settings(devstack);
    AwsSettings proxied = new AwsSettings(direct.region(), direct.sqsEndpoint(), conflicts.endpoint(), direct.accessKey(),
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

    assertThat(store.putIfAbsent("it/409/once", new byte[] {1}, "application/octet-stream")).isTrue();
    assertThat(conflicts.conflictsAnswered() - before).as("409 answers the adapter met and retried").isEqualTo(1);
  }
}
